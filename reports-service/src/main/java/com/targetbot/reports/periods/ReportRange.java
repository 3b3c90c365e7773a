package com.targetbot.reports.periods;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The leads a report covers: those created in {@code [from, to)}.
 *
 * @param period the period as the command named it; absent for every lead
 * @param from first instant covered; absent when unbounded
 * @param to first instant no longer covered; absent when unbounded
 */
public record ReportRange(
        @Nullable String period,
        @Nullable Instant from,
        @Nullable Instant to) {

    /** Every lead, whenever it was created. */
    public static final ReportRange ALL = new ReportRange(null, null, null);
}
