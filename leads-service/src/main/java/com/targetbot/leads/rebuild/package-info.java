/**
 * Rebuilding the leads' Redis state from {@code leads.events}, the durable history of every lead: after a
 * Redis loss, or to add an index or counter to leads that already exist.
 */
@NullMarked
package com.targetbot.leads.rebuild;

import org.jspecify.annotations.NullMarked;
