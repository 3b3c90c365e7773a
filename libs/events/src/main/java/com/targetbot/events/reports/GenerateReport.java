package com.targetbot.events.reports;

import java.time.Instant;
import java.util.Objects;

/**
 * Write a leads report to object storage.
 *
 * @param reportId id chosen at the gateway
 * @param format file format
 * @param requestedBy who asked, as in {@code CreateLead#requestedBy}
 * @param requestedAt when the gateway accepted the request
 */
public record GenerateReport(String reportId, ReportFormat format, String requestedBy, Instant requestedAt)
        implements ReportCommand {

    public GenerateReport {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
