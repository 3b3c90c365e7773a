/**
 * The Meta Ads integration service: reads ad accounts and campaigns from the Graph API when asked on
 * {@code meta.commands}, keeps the latest snapshot in Redis under {@code meta:} and serves it.
 */
@NullMarked
package com.targetbot.meta;

import org.jspecify.annotations.NullMarked;
