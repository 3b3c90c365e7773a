package com.targetbot.leads.projects;

import com.targetbot.events.Topics;
import com.targetbot.events.meta.CampaignChanged;
import com.targetbot.events.meta.MetaEvent;
import com.targetbot.events.meta.MetaOutcome;
import com.targetbot.events.meta.MetaStructureEvent;
import com.targetbot.events.meta.MetaTokenEvent;
import com.targetbot.events.projects.ProjectEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the {@link ProjectDirectory} from the projects' topic and the campaigns Meta syncs. */
@Component
class ProjectDirectoryConsumer {

    private final ProjectDirectory directory;

    ProjectDirectoryConsumer(ProjectDirectory directory) {
        this.directory = directory;
    }

    // Idempotent by version: a record at or below the project's held version changes nothing.
    @KafkaListener(topics = Topics.PROJECTS_EVENTS_NAME, groupId = "${spring.application.name}.projects")
    void on(ProjectEvent event) {
        directory.apply(event);
    }

    // Idempotent by construction: a campaign's account is written again as it is.
    @KafkaListener(topics = Topics.META_EVENTS_NAME, groupId = "${spring.application.name}.campaigns")
    void on(MetaOutcome outcome) {
        switch (outcome) {
            case CampaignChanged campaign -> directory.campaign(campaign);
            // Accounts are claimed by id and leads name their campaign: nothing else here tells a lead's project.
            case MetaStructureEvent other -> {}
            case MetaEvent sync -> {}
            case MetaTokenEvent token -> {}
        }
    }
}
