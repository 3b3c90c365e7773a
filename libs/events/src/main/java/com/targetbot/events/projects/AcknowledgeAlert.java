package com.targetbot.events.projects;

import java.time.Instant;
import java.util.Objects;

/**
 * A person pressed "Acknowledge" under an alert in Telegram.
 *
 * @param projectId the alert's project
 * @param alertId the alert
 * @param requestedBy {@code telegram:<user id>}
 * @param requestedAt when the bot accepted it
 */
public record AcknowledgeAlert(String projectId, String alertId, String requestedBy, Instant requestedAt)
        implements ProjectCommand {

    public AcknowledgeAlert {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
