package com.targetbot.events.reports;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A report could not be generated.
 *
 * @param reportId the id from {@link GenerateReport}
 * @param reason what went wrong, readable by an operator
 * @param failedAt when it gave up
 * @param telegramChatId as in {@link GenerateReport}: the chat waiting for the report, when any
 */
public record ReportFailed(
        String reportId,
        String reason,
        Instant failedAt,
        @Nullable Long telegramChatId) implements ReportEvent {

    /** A failure nobody waits for in Telegram: the form before that field existed. */
    public ReportFailed(String reportId, String reason, Instant failedAt) {
        this(reportId, reason, failedAt, null);
    }

    public ReportFailed {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(failedAt, "failedAt");
    }
}
