/**
 * Lead queries over HTTP: one lead by id, the newest leads in capped pages, and the counters behind the
 * dashboard. Every answer is a bounded number of Redis reads, whatever the number of leads.
 */
@NullMarked
package com.targetbot.leads.query;

import org.jspecify.annotations.NullMarked;
