package com.targetbot.events.projects;

import com.targetbot.events.Event;

/**
 * What happened to a project, published by its owner (meta-service) on a compacted topic keyed by project id:
 * the newest record of each project is its whole state, so any service rebuilds its view from the topic.
 */
public sealed interface ProjectEvent extends Event permits ProjectChanged, ProjectDeleted {

    String projectId();

    /** Increases with every change of the project; a reader ignores a record older than what it holds. */
    long version();

    @Override
    default String key() {
        return projectId();
    }
}
