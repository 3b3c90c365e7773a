/**
 * The leads' current state in Redis: one hash per lead (with its status history), sorted-set indexes by
 * creation time, status, source, assignee, phone and e-mail for newest-first pages and lookups, a
 * lexicographic name index for prefix search, and counters for the stats. A lead, its index entries and its
 * counts change in one atomic script, so no crash can leave a lead uncounted, counted twice or half indexed.
 */
@NullMarked
package com.targetbot.leads.store;

import org.jspecify.annotations.NullMarked;
