package com.targetbot.reports.catalog;

import com.targetbot.events.reports.ReportFormat;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A report as {@code GET /reports} shows it; size, rows and link only once it is ready. */
record ReportView(
        String id,
        ReportFormat format,
        ReportStatus status,
        Instant createdAt,
        @Nullable Long sizeBytes,
        @Nullable Long rows,
        @Nullable String downloadUrl) {}
