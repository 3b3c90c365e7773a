package com.targetbot.events.reports;

import java.time.Instant;
import java.util.Objects;

/**
 * A report could not be generated.
 *
 * @param reportId the id from {@link GenerateReport}
 * @param reason what went wrong, readable by an operator
 * @param failedAt when it gave up
 */
public record ReportFailed(String reportId, String reason, Instant failedAt) implements ReportEvent {

    public ReportFailed {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(failedAt, "failedAt");
    }
}
