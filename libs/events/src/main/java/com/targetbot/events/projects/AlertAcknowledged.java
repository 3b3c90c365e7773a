package com.targetbot.events.projects;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone took an alert on; it is not escalated.
 *
 * @param acknowledgedBy {@code telegram:<user id>} or {@code admin:<login>}
 */
public record AlertAcknowledged(String alertId, String projectId, String acknowledgedBy, Instant acknowledgedAt)
        implements ProjectAlertEvent {

    public AlertAcknowledged {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(acknowledgedBy, "acknowledgedBy");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
    }
}
