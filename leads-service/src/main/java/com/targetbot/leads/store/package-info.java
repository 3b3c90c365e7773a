/**
 * The leads' current state in Redis: one hash per lead, a creation-time index for newest-first pages and
 * the export, and counters for the stats. A lead, its index entry and its counts are written in one atomic
 * script, so no crash can leave a lead uncounted or counted twice.
 */
@NullMarked
package com.targetbot.leads.store;

import org.jspecify.annotations.NullMarked;
