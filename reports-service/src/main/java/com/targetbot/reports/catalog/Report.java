package com.targetbot.reports.catalog;

import com.targetbot.events.reports.ReportFormat;
import com.targetbot.reports.periods.ReportRange;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A report as the catalog knows it.
 *
 * @param id the id chosen at the gateway
 * @param format file format
 * @param status where it stands
 * @param createdAt when it was requested
 * @param requestedBy who asked
 * @param range the leads it covers
 * @param file the stored file, when ready
 * @param failureReason why it failed, when failed
 * @param announced whether {@code ReportGenerated} was published for the stored file
 */
public record Report(
        String id,
        ReportFormat format,
        ReportStatus status,
        Instant createdAt,
        String requestedBy,
        ReportRange range,
        @Nullable ReportFile file,
        @Nullable String failureReason,
        boolean announced) {}
