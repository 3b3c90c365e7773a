package com.targetbot.meta.alerts;

import com.targetbot.events.Topics;
import com.targetbot.events.meta.AdAccountChanged;
import com.targetbot.events.meta.AdInsightsDay;
import com.targetbot.events.meta.MetaEvent;
import com.targetbot.events.meta.MetaOutcome;
import com.targetbot.events.meta.MetaStructureEvent;
import com.targetbot.events.meta.MetaTokenEvent;
import com.targetbot.events.projects.AlertRule;
import com.targetbot.events.projects.AlertSubject;
import com.targetbot.events.projects.ProjectClaims;
import com.targetbot.meta.insights.InsightsDayStored;
import com.targetbot.meta.projects.ProjectFigures;
import com.targetbot.meta.projects.ProjectRecord;
import com.targetbot.meta.projects.ProjectStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Evaluates the rules of the projects an event touches: the day rules over a newly stored day of campaign statistics
 * (for the projects claiming its ad account or one of its campaigns), the account rule over a changed ad account.
 */
@Component
class AlertWatch {

    private final ProjectStore projects;
    private final ProjectFigures figures;
    private final AlertDesk desk;
    private final Clock clock;

    AlertWatch(ProjectStore projects, ProjectFigures figures, AlertDesk desk, Optional<Clock> clock) {
        this.projects = projects;
        this.figures = figures;
        this.desk = desk;
        this.clock = clock.orElseGet(Clock::systemUTC);
    }

    /**
     * A day the insights projection has just stored; the campaign level alone, since every level of a day arrives
     * and the others would evaluate it again. Runs in the projection's thread, so a failure here retries the record.
     */
    @EventListener
    void on(InsightsDayStored stored) {
        if (stored.day().level().equals("campaign")) {
            evaluate(stored.day());
        }
    }

    // Idempotent by construction: the desk raises an alert once per rule, subject and day.
    @KafkaListener(topics = Topics.META_EVENTS_NAME, groupId = "${spring.application.name}.account-alerts")
    void on(MetaOutcome outcome) {
        switch (outcome) {
            case AdAccountChanged account -> evaluate(account);
            // Only an account's own state is an account problem; syncs and tokens are told by the bot itself.
            case MetaStructureEvent other -> {}
            case MetaEvent sync -> {}
            case MetaTokenEvent token -> {}
        }
    }

    private void evaluate(AdAccountChanged account) {
        Map<String, BigDecimal> figures = AlertRules.accountProblem(account);
        if (figures.isEmpty()) {
            return;
        }
        var subject = new AlertSubject("account", account.accountId(), account.name());
        for (String projectId : projects.claimedBy(List.of(ProjectClaims.account(account.accountId())))
                .values()) {
            projects.find(projectId)
                    .ifPresent(record -> desk.raise(
                            record.project(),
                            AlertRule.ACCOUNT_PROBLEM,
                            subject,
                            LocalDate.ofInstant(
                                    account.changedAt(),
                                    ZoneId.of(record.project().timeZone())),
                            figures));
        }
    }

    /**
     * Today or yesterday in the project's zone: a replayed or restated older day is history, and an alert about it
     * would reach people as news.
     */
    private boolean isRecent(LocalDate day, ProjectRecord record) {
        LocalDate today =
                LocalDate.now(clock.withZone(ZoneId.of(record.project().timeZone())));
        return !day.isBefore(today.minusDays(1));
    }

    private void evaluate(AdInsightsDay day) {
        List<String> claims = new ArrayList<>();
        claims.add(ProjectClaims.account(day.accountId()));
        day.rows().forEach(row -> claims.add(ProjectClaims.campaign(row.objectId())));
        for (String projectId : new TreeSet<>(projects.claimedBy(claims).values())) {
            Optional<ProjectRecord> project = projects.find(projectId);
            project.filter(record -> isRecent(day.date(), record)).ifPresent(record -> {
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
