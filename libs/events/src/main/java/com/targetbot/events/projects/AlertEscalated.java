package com.targetbot.events.projects;

import java.time.Instant;
import java.util.Objects;

/**
 * Nobody acknowledged an alert within the project's {@code escalateAfterMinutes}: it goes to the admins, once.
 *
 * @param raised the alert as it was raised
 * @param escalatedAt when
 */
public record AlertEscalated(AlertRaised raised, Instant escalatedAt) implements ProjectAlertEvent {

    public AlertEscalated {
        Objects.requireNonNull(raised, "raised");
        Objects.requireNonNull(escalatedAt, "escalatedAt");
    }

    @Override
    public String projectId() {
        return raised.projectId();
    }

    @Override
    public String alertId() {
        return raised.alertId();
    }
}
