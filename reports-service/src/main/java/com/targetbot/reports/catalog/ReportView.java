package com.targetbot.reports.catalog;

import com.targetbot.events.reports.ReportFormat;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A report as {@code GET /reports} shows it; size, rows and link only once it is ready. Period, from and
 * to are null for a report of every lead.
 */
record ReportView(
        String id,
        ReportFormat format,
        ReportStatus status,
        Instant createdAt,
        @Nullable String period,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable Long sizeBytes,
        @Nullable Long rows,
        @Nullable String downloadUrl) {}
