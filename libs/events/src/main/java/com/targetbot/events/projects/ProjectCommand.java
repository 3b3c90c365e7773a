package com.targetbot.events.projects;

import com.targetbot.events.Event;

/** Changes to a project asked for outside the REST API (by the bot), applied by the project's owner. */
public sealed interface ProjectCommand extends Event permits BindProjectChat, UnbindProjectChat, AcknowledgeAlert {

    String projectId();

    @Override
    default String key() {
        return projectId();
    }
}
