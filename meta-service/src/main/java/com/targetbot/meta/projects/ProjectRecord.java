package com.targetbot.meta.projects;

import com.targetbot.events.projects.Project;
import com.targetbot.events.projects.ProjectChanged;
import java.time.Instant;
import java.util.Objects;

/**
 * A project as stored and answered: its state, its version, and who changed it last.
 *
 * @param project the state
 * @param version grows with each change
 * @param updatedAt when it last changed
 * @param updatedBy who changed it last
 */
public record ProjectRecord(Project project, long version, Instant updatedAt, String updatedBy) {

    public ProjectRecord {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
    }

    static ProjectRecord of(ProjectChanged changed) {
        return new ProjectRecord(changed.project(), changed.version(), changed.changedAt(), changed.changedBy());
    }

    public String id() {
        return project.id();
    }
}
