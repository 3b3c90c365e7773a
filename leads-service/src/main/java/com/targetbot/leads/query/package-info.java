/**
 * Lead queries over HTTP: one lead by id, newest-first pages with an opaque cursor and filters answered
 * from per-value indexes, name-prefix and contact lookups, and the counters behind the dashboard. Every
 * answer is a bounded number of Redis reads, whatever the number of leads.
 */
@NullMarked
package com.targetbot.leads.query;

import org.jspecify.annotations.NullMarked;
