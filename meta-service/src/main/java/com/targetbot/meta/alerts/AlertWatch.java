package com.targetbot.meta.alerts;

import com.targetbot.events.Topics;
import com.targetbot.events.meta.AdInsightsDay;
import com.targetbot.events.meta.MetaInsightsEvent;
import com.targetbot.events.projects.AlertSubject;
import com.targetbot.events.projects.ProjectClaims;
import com.targetbot.meta.projects.ProjectFigures;
import com.targetbot.meta.projects.ProjectRecord;
import com.targetbot.meta.projects.ProjectStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Evaluates the day rules of every project a new day of campaign statistics touches: the projects claiming its ad
 * account or one of its campaigns, over that day's figures.
 */
@Component
class AlertWatch {

    private final ProjectStore projects;
    private final ProjectFigures figures;
    private final AlertDesk desk;

    AlertWatch(ProjectStore projects, ProjectFigures figures, AlertDesk desk) {
        this.projects = projects;
        this.figures = figures;
        this.desk = desk;
    }

    // Idempotent by construction: the desk raises an alert once per rule, subject and day.
    @KafkaListener(topics = Topics.META_INSIGHTS_NAME, groupId = "${spring.application.name}.alerts")
    void on(MetaInsightsEvent event) {
        switch (event) {
            case AdInsightsDay day -> {
                // The campaign level alone: every level of a day arrives, and the others would evaluate it again.
                if (day.level().equals("campaign")) {
                    evaluate(day);
                }
            }
        }
    }

    private void evaluate(AdInsightsDay day) {
        List<String> claims = new ArrayList<>();
        claims.add(ProjectClaims.account(day.accountId()));
        day.rows().forEach(row -> claims.add(ProjectClaims.campaign(row.objectId())));
        for (String projectId : new TreeSet<>(projects.claimedBy(claims).values())) {
            Optional<ProjectRecord> project = projects.find(projectId);
            project.ifPresent(record -> {
                ProjectFigures.Figures seen = figures.of(record, day.date(), day.date());
                var subject = new AlertSubject(
                        "project", record.id(), record.project().name());
                AlertRules.day(seen.spend(), seen.leads(), record.project().kpi())
                        .forEach(finding ->
                                desk.raise(record.project(), finding.rule(), subject, day.date(), finding.figures()));
            });
        }
    }
}
