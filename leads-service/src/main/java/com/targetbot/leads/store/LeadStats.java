package com.targetbot.leads.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Lead counters, read in constant time.
 *
 * @param total leads stored and not erased
 * @param today leads created since midnight in the agency's zone ({@code targetbot.agency.zone})
 * @param yesterday leads created the day before
 * @param byStatus leads per status (wire names)
 * @param bySource leads per source (wire names)
 * @param byDay leads created per day over the last 30 days, oldest first, today last
 */
public record LeadStats(
        long total,
        long today,
        long yesterday,
        Map<String, Long> byStatus,
        Map<String, Long> bySource,
        List<DayCount> byDay) {

    /**
     * @param day a calendar day in the agency's zone
     * @param count leads created on it
     */
    public record DayCount(LocalDate day, long count) {}
}
