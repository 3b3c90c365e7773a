package com.targetbot.events.reports;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A report file is stored.
 *
 * @param reportId the id from {@link GenerateReport}
 * @param format file format
 * @param objectKey key of the object in the reports bucket
 * @param sizeBytes file size
 * @param rows data rows written (without the header)
 * @param generatedAt when the upload completed
 * @param telegramChatId as in {@link GenerateReport}: the chat waiting for the report, when any
 */
public record ReportGenerated(
        String reportId,
        ReportFormat format,
        String objectKey,
        long sizeBytes,
        long rows,
        Instant generatedAt,
        @Nullable Long telegramChatId)
        implements ReportEvent {

    /** A report nobody waits for in Telegram: the form before that field existed. */
    public ReportGenerated(
            String reportId, ReportFormat format, String objectKey, long sizeBytes, long rows, Instant generatedAt) {
        this(reportId, format, objectKey, sizeBytes, rows, generatedAt, null);
    }

    public ReportGenerated {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(objectKey, "objectKey");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}
