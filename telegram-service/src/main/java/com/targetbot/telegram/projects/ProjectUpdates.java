package com.targetbot.telegram.projects;

import com.targetbot.events.Topics;
import com.targetbot.events.projects.ProjectChanged;
import com.targetbot.events.projects.ProjectDeleted;
import com.targetbot.events.projects.ProjectEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ProjectDirectory} from {@code projects.events}. Every record counts, however old: the compacted
 * topic's newest record of a project is its state, and a new consumer group rebuilds the projection from the start.
 */
@Component
class ProjectUpdates {

    private static final Logger log = LoggerFactory.getLogger(ProjectUpdates.class);

    private final ProjectDirectory directory;

    ProjectUpdates(ProjectDirectory directory) {
        this.directory = directory;
    }

    // Idempotent: a record is applied only when its version is above the one held, so a redelivery changes nothing.
    // One partition per project keeps a project's records in order within one consumer.
    @KafkaListener(topics = Topics.PROJECTS_EVENTS_NAME, groupId = "${spring.application.name}.projects")
    void on(ProjectEvent event) {
        boolean applied = switch (event) {
            case ProjectChanged changed -> directory.change(changed.project(), changed.version());
            case ProjectDeleted deleted -> directory.delete(deleted.projectId(), deleted.version());
        };
        if (!applied) {
            log.debug("Project {} version {} is not newer than the one held", event.projectId(), event.version());
        }
    }
}
