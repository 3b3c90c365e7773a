package com.targetbot.meta.projects;

import com.targetbot.events.Topics;
import com.targetbot.events.projects.ProjectCommand;
import com.targetbot.events.projects.ProjectEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The bot's binding commands, and the projects' own topic, which rebuilds the store when replayed. */
@Component
class ProjectsConsumer {

    private final ProjectChanges changes;

    ProjectsConsumer(ProjectChanges changes) {
        this.changes = changes;
    }

    // Idempotent by construction: binding a chat where it is bound, or unbinding it where it is not, changes nothing.
    @KafkaListener(topics = Topics.PROJECTS_COMMANDS_NAME, groupId = "${spring.application.name}.project-commands")
    void on(ProjectCommand command) {
        changes.apply(command);
    }

    // Idempotent by version: the store ignores a record at or below the version it holds (its own writes included).
    @KafkaListener(topics = Topics.PROJECTS_EVENTS_NAME, groupId = "${spring.application.name}.projects")
    void on(ProjectEvent event) {
        changes.replay(event);
    }
}
