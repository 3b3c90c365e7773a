package com.targetbot.events.projects;

import java.time.Instant;
import java.util.Objects;

/**
 * A project was created or changed; carries its whole state, so the newest record is all a reader needs.
 *
 * @param project the project as it is now
 * @param version the project's version after the change, starting at 1
 * @param changedAt when the change was accepted
 * @param changedBy who made it ({@code admin:<login>}, {@code telegram:<user id>})
 */
public record ProjectChanged(Project project, long version, Instant changedAt, String changedBy)
        implements ProjectEvent {

    public ProjectChanged {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(changedBy, "changedBy");
    }

    @Override
    public String projectId() {
        return project.id();
    }
}
