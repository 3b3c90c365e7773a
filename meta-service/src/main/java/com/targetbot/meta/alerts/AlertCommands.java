package com.targetbot.meta.alerts;

import com.targetbot.events.Topics;
import com.targetbot.events.projects.AcknowledgeAlert;
import com.targetbot.events.projects.BindProjectChat;
import com.targetbot.events.projects.ProjectCommand;
import com.targetbot.events.projects.UnbindProjectChat;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** "Acknowledge" pressed under an alert in Telegram. */
@Component
class AlertCommands {

    private final AlertDesk desk;

    AlertCommands(AlertDesk desk) {
        this.desk = desk;
    }

    // Idempotent by construction: an alert leaves the unacknowledged set once; a second press finds it gone.
    @KafkaListener(topics = Topics.PROJECTS_COMMANDS_NAME, groupId = "${spring.application.name}.alert-commands")
    void on(ProjectCommand command) {
        switch (command) {
            case AcknowledgeAlert acknowledge ->
                desk.acknowledge(acknowledge.projectId(), acknowledge.alertId(), acknowledge.requestedBy());
            // The project's own changes are ProjectChanges'.
            case BindProjectChat bind -> {}
            case UnbindProjectChat unbind -> {}
        }
    }
}
