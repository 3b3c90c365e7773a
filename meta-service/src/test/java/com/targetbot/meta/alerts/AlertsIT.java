package com.targetbot.meta.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.CloudEventHeaders;
import com.targetbot.events.Event;
import com.targetbot.events.EventCodec;
import com.targetbot.events.Topics;
import com.targetbot.events.meta.AdAccountChanged;
import com.targetbot.events.meta.AdInsightsDay;
import com.targetbot.events.projects.AcknowledgeAlert;
import com.targetbot.events.projects.AlertAcknowledged;
import com.targetbot.events.projects.AlertAudience;
import com.targetbot.events.projects.AlertEscalated;
import com.targetbot.events.projects.AlertRaised;
import com.targetbot.events.projects.AlertRule;
import com.targetbot.events.projects.AlertSubject;
import com.targetbot.events.projects.Project;
import com.targetbot.events.projects.ProjectAlerts;
import com.targetbot.events.projects.ProjectChanged;
import com.targetbot.events.projects.ProjectKpi;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.meta.MetaServiceTest;
import com.targetbot.meta.insights.InsightsDayStored;
import com.targetbot.meta.projects.ProjectFigures;
import com.targetbot.meta.projects.ProjectStore;
import com.targetbot.testkit.TopicContents;
import com.targetbot.testkit.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Alerts from new statistics to projects.alerts, against the real Kafka and Redis. */
@MetaServiceTest
class AlertsIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ProjectKpi TARGETS = new ProjectKpi(new BigDecimal("500"), new BigDecimal("1000"), null, 10);

    @Autowired
    EventPublisher publisher;

    @Autowired
    ProjectStore projects;

    @Autowired
    AlertDesk desk;

    @Autowired
    AlertWatch watch;

    @Autowired
    ProjectFigures figures;

    final EventCodec codec = new EventCodec();

    @Test
    void aDayOffTargetRaisesEachRuleOnceAndOnlyTheUnacknowledgedAlertIsEscalated() throws Exception {
        String account = "act_" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        Project project = project(account, ProjectAlerts.DEFAULTS);
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        publisher.publish(spent(account, day)).get();

        List<AlertRaised> raised = await().atMost(WAIT).until(() -> raised(project.id()), alerts -> alerts.size() == 2);
        assertThat(raised)
                .extracting(AlertRaised::rule)
                .containsExactlyInAnyOrder(AlertRule.CPL_ABOVE_TARGET, AlertRule.DAILY_BUDGET_EXCEEDED);
        assertThat(raised).allSatisfy(alert -> {
            assertThat(alert.figures()).containsEntry("spend", new BigDecimal("3000.00"));
            assertThat(alert.day()).isEqualTo(day);
            assertThat(alert.currency()).isEqualTo("RUB");
        });
        // The same day restated, and the next day, within the cool-down: nothing new.
        var subject = new AlertSubject("project", project.id(), project.name());
        assertThat(desk.raise(project, AlertRule.CPL_ABOVE_TARGET, subject, day, Map.of()))
                .isFalse();
        assertThat(desk.raise(project, AlertRule.CPL_ABOVE_TARGET, subject, day.plusDays(1), Map.of()))
                .isFalse();

        AlertRaised cpl = raised.stream()
                .filter(alert -> alert.rule() == AlertRule.CPL_ABOVE_TARGET)
                .findFirst()
                .orElseThrow();
        publisher
                .publish(new AcknowledgeAlert(project.id(), cpl.alertId(), "telegram:42", Instant.now()))
                .get();
        await().atMost(WAIT).until(() -> events(project.id()).stream().anyMatch(AlertAcknowledged.class::isInstance));
        desk.escalateOverdue(Instant.now().plus(Duration.ofMinutes(61)));

        List<Event> told = await().atMost(WAIT)
                .until(
                        () -> events(project.id()),
                        events -> events.stream().anyMatch(AlertEscalated.class::isInstance));
        assertThat(told)
                .filteredOn(AlertEscalated.class::isInstance)
                .singleElement()
                .satisfies(escalated -> assertThat(
                                ((AlertEscalated) escalated).raised().rule())
                        .isEqualTo(AlertRule.DAILY_BUDGET_EXCEEDED));
        assertThat(told)
                .filteredOn(AlertAcknowledged.class::isInstance)
                .singleElement()
                .satisfies(acknowledged -> assertThat(((AlertAcknowledged) acknowledged).acknowledgedBy())
                        .isEqualTo("telegram:42"));
        assertThat(desk.acknowledge(project.id(), cpl.alertId(), "telegram:43")).isFalse();
    }

    @Test
    void aDayOlderThanYesterdayIsHistoryAndRaisesNothing() throws Exception {
        String account = "act_" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        Project project = project(account, ProjectAlerts.DEFAULTS);
        LocalDate old = LocalDate.now(ZoneOffset.UTC).minusDays(2);
        publisher.publish(spent(account, old)).get();
        await().atMost(WAIT)
                .until(() -> figures.of(projects.find(project.id()).orElseThrow(), old, old)
                                .spend()
                                .signum()
                        > 0);

        // Straight to the listener, which publishes before it returns: what it raised would be on the topic now.
        watch.on(new InsightsDayStored(spent(account, old)));
        assertThat(raised(project.id())).isEmpty();

        publisher.publish(spent(account, old.plusDays(1))).get();
        await().atMost(WAIT).until(() -> !raised(project.id()).isEmpty());
    }

    @Test
    void anAlertRaisedInQuietHoursIsToldWhenTheyEnd() {
        LocalTime now = LocalTime.now(ZoneOffset.UTC);
        var quiet = new ProjectAlerts(Set.of(), Map.of(), now.minusHours(1), now.plusHours(1), false, 6, 60, false);
        Project project = project("act_" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L), quiet);
        var subject = new AlertSubject("project", project.id(), project.name());

        assertThat(desk.raise(project, AlertRule.DAILY_BUDGET_EXCEEDED, subject, LocalDate.now(), Map.of()))
                .isTrue();

        assertThat(events(project.id())).isEmpty();
        desk.releaseHeld(Instant.now().plus(Duration.ofHours(2)));
        assertThat(await().atMost(WAIT).until(() -> raised(project.id()), alerts -> !alerts.isEmpty()))
                .singleElement()
                .satisfies(alert -> assertThat(alert.rule()).isEqualTo(AlertRule.DAILY_BUDGET_EXCEEDED));
    }

    @Test
    void aDisabledAccountIsAnAlertAboutThatAccount() {
        String account = "act_" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        Project project = project(account, ProjectAlerts.DEFAULTS);

        publisher.publish(new AdAccountChanged(
                account, "Клиника — основной", "RUB", 2, 1, "0", "0", 1, Instant.now(), "120000", null));

        assertThat(await().atMost(WAIT).until(() -> raised(project.id()), alerts -> !alerts.isEmpty()))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.rule()).isEqualTo(AlertRule.ACCOUNT_PROBLEM);
                    assertThat(alert.subject()).isEqualTo(new AlertSubject("account", account, "Клиника — основной"));
                    assertThat(alert.figures()).containsEntry("accountStatus", BigDecimal.valueOf(2));
                    assertThat(alert.audience()).contains(AlertAudience.ADMINS);
                });
    }

    private static AdInsightsDay spent(String account, LocalDate day) {
        return new AdInsightsDay(
                account,
                "campaign",
                day,
                "RUB",
                "7d_click,1d_view",
                List.of(new AdInsightsDay.Row("c1", "Имплантация", "3000.00", 1000, 800, 40, 30, 2, null)),
                Instant.now());
    }

    private Project project(String account, ProjectAlerts alerts) {
        var project = new Project(
                UUID.randomUUID().toString(),
                "Клиника " + account,
                "olga",
                List.of(account),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                "UTC",
                "RUB",
                TARGETS,
                alerts);
        publisher.publish(new ProjectChanged(project, 1, Instant.now(), "admin:anna"));
        await().atMost(WAIT).until(() -> projects.find(project.id()).isPresent());
        return project;
    }

    private List<AlertRaised> raised(String projectId) {
        return events(projectId).stream()
                .filter(AlertRaised.class::isInstance)
                .map(AlertRaised.class::cast)
                .toList();
    }

    private List<Event> events(String projectId) {
        return TopicContents.upToNow(Topics.PROJECTS_ALERTS_NAME).stream()
                .filter(record -> projectId.equals(record.key()))
                .map(record -> codec.read(TopicProbe.header(record, CloudEventHeaders.TYPE), record.value()))
                .toList();
    }
}
