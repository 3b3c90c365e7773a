package com.targetbot.events.projects;

import java.time.Instant;
import java.util.Objects;

/**
 * A project was deleted: its chats stop receiving its leads and alerts; its leads and statistics stay.
 *
 * @param projectId the project
 * @param version the version the deletion gives it, one above its last change
 * @param deletedAt when
 * @param deletedBy who
 */
public record ProjectDeleted(String projectId, long version, Instant deletedAt, String deletedBy)
        implements ProjectEvent {

    public ProjectDeleted {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(deletedAt, "deletedAt");
        Objects.requireNonNull(deletedBy, "deletedBy");
    }
}
