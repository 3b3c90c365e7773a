/**
 * Daily Meta Ads statistics: reading them from Graph's insights per ad account, level and day (synchronously, or as
 * async report runs for long ranges), publishing them on the compacted {@code meta.insights} topic, and projecting
 * that topic into Redis, where a period's statistics are summed on demand.
 */
@NullMarked
package com.targetbot.meta.insights;

import org.jspecify.annotations.NullMarked;
