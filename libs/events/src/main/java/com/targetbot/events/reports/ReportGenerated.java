package com.targetbot.events.reports;

import java.time.Instant;
import java.util.Objects;

/**
 * A report file is stored.
 *
 * @param reportId the id from {@link GenerateReport}
 * @param format file format
 * @param objectKey key of the object in the reports bucket
 * @param sizeBytes file size
 * @param rows data rows written (without the header)
 * @param generatedAt when the upload completed
 */
public record ReportGenerated(
        String reportId, ReportFormat format, String objectKey, long sizeBytes, long rows, Instant generatedAt)
        implements ReportEvent {

    public ReportGenerated {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(objectKey, "objectKey");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}
