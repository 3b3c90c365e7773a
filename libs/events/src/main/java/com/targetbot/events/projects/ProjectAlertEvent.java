package com.targetbot.events.projects;

import com.targetbot.events.Event;

/** A project's alerts: raised, acknowledged, escalated; published by meta-service on {@code projects.alerts}. */
public sealed interface ProjectAlertEvent extends Event permits AlertRaised, AlertAcknowledged, AlertEscalated {

    String projectId();

    String alertId();

    @Override
    default String key() {
        return projectId();
    }
}
