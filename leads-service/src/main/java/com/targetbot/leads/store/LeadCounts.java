package com.targetbot.leads.store;

/**
 * Lead counters, read in constant time.
 *
 * @param total leads stored since the start
 * @param today leads stored since midnight in the configured zone
 */
public record LeadCounts(long total, long today) {}
