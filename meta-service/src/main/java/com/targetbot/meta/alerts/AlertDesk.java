package com.targetbot.meta.alerts;

import com.targetbot.events.projects.AlertAcknowledged;
import com.targetbot.events.projects.AlertAudience;
import com.targetbot.events.projects.AlertEscalated;
import com.targetbot.events.projects.AlertRaised;
import com.targetbot.events.projects.AlertRule;
import com.targetbot.events.projects.AlertSubject;
import com.targetbot.events.projects.Project;
import com.targetbot.events.projects.ProjectAlertEvent;
import com.targetbot.events.projects.ProjectAlerts;
import com.targetbot.kit.kafka.EventPublisher;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Raises, holds, escalates and acknowledges alerts, across replicas through Redis: an alert is raised once per rule,
 * subject and day ({@code meta:alert:seen:*}), then its rule stays quiet about that subject for the project's
 * cool-down ({@code meta:alert:cooldown:*}); in quiet hours it waits in {@code meta:alerts:held} (scored by the end
 * of the quiet time); a told alert waits in {@code meta:alerts:unacknowledged} (scored by its escalation time) until
 * acknowledged. Whichever replica removes an entry from those sorted sets is the one that publishes, so each step
 * happens once. {@code meta:alert:<id>} keeps the alert, {@code meta:project:<id>:alerts} the project's latest.
 */
@Service
public class AlertDesk {

    static final String HELD = "meta:alerts:held";
    static final String UNACKNOWLEDGED = "meta:alerts:unacknowledged";
    static final String ACKNOWLEDGED = "meta:alerts:acknowledged";
    private static final Duration SEEN_FOR = Duration.ofDays(3);
    private static final int FEED_LENGTH = 200;
    private static final Logger log = LoggerFactory.getLogger(AlertDesk.class);

    private final StringRedisTemplate redis;
    private final EventPublisher publisher;
    private final JsonMapper json;
    private final Clock clock;

    AlertDesk(StringRedisTemplate redis, EventPublisher publisher, JsonMapper json, Optional<Clock> clock) {
        this.redis = redis;
        this.publisher = publisher;
        this.json = json;
        this.clock = clock.orElseGet(Clock::systemUTC);
    }

    static String alertKey(String alertId) {
        return "meta:alert:" + alertId;
    }

    static String feedKey(String projectId) {
        return "meta:project:" + projectId + ":alerts";
    }

    /**
     * Raises the rule's alert about the subject's day, unless the project switched the rule off, the same alert was
     * raised already, or the rule is cooling down about the subject. Returns whether it was raised (told or held).
     */
    boolean raise(
            Project project, AlertRule rule, AlertSubject subject, LocalDate day, Map<String, BigDecimal> figures) {
        ProjectAlerts settings = project.alerts();
        if (settings.disabled().contains(rule)) {
            return false;
        }
        String about = project.id() + ":" + rule.name() + ":" + subject.id();
        String cooldown = "meta:alert:cooldown:" + about;
        if (Boolean.TRUE.equals(redis.hasKey(cooldown))
                || !Boolean.TRUE.equals(
                        redis.opsForValue().setIfAbsent("meta:alert:seen:" + about + ":" + day, "1", SEEN_FOR))) {
            return false;
        }
        redis.opsForValue().set(cooldown, "1", Duration.ofHours(settings.cooldownHours()));
        Instant now = clock.instant();
        Set<AlertAudience> audience = settings.audiences().getOrDefault(rule, AlertRules.defaultAudience(rule));
        var alert = new AlertRaised(
                UUID.randomUUID().toString(),
                project.id(),
                project.name(),
                rule,
                subject,
                day,
                project.currency(),
                figures,
                audience,
                now);
        Optional<Instant> quietUntil = QuietHours.until(now, ZoneId.of(project.timeZone()), settings);
        if (quietUntil.isPresent()) {
            redis.opsForZSet()
                    .add(
                            HELD,
                            json.writeValueAsString(new Held(alert, settings.escalateAfterMinutes())),
                            quietUntil.get().toEpochMilli());
            log.info("Alert {} of {} held until {} (quiet hours)", rule, project.name(), quietUntil.get());
        } else {
            tell(alert, settings.escalateAfterMinutes());
        }
        return true;
    }

    /** Tells the held alerts whose quiet time is over; each held entry is told by the replica that removes it. */
    void releaseHeld() {
        releaseHeld(clock.instant());
    }

    void releaseHeld(Instant now) {
        Set<String> due = redis.opsForZSet().rangeByScore(HELD, Double.NEGATIVE_INFINITY, now.toEpochMilli());
        for (String entry : Objects.requireNonNullElse(due, Set.<String>of())) {
            if (Objects.equals(redis.opsForZSet().remove(HELD, entry), 1L)) {
                Held held = json.readValue(entry, Held.class);
                AlertRaised alert = held.alert();
                tell(
                        new AlertRaised(
                                alert.alertId(),
                                alert.projectId(),
                                alert.projectName(),
                                alert.rule(),
                                alert.subject(),
                                alert.day(),
                                alert.currency(),
                                alert.figures(),
                                alert.audience(),
                                now),
                        held.escalateAfterMinutes());
            }
        }
    }

    /** Sends the alerts nobody acknowledged in time to the admins, once each. */
    void escalateOverdue() {
        escalateOverdue(clock.instant());
    }

    void escalateOverdue(Instant now) {
        Set<String> overdue =
                redis.opsForZSet().rangeByScore(UNACKNOWLEDGED, Double.NEGATIVE_INFINITY, now.toEpochMilli());
        for (String alertId : Objects.requireNonNullElse(overdue, Set.<String>of())) {
            if (Objects.equals(redis.opsForZSet().remove(UNACKNOWLEDGED, alertId), 1L)) {
                find(alertId).ifPresent(alert -> publish(new AlertEscalated(alert, now)));
            }
        }
    }

    /** Takes an alert on; false when it is unknown, of another project, or was acknowledged (or escalated) before. */
    public boolean acknowledge(String projectId, String alertId, String by) {
        Optional<AlertRaised> alert =
                find(alertId).filter(found -> found.projectId().equals(projectId));
        if (alert.isEmpty() || !Objects.equals(redis.opsForZSet().remove(UNACKNOWLEDGED, alertId), 1L)) {
            return false;
        }
        Instant now = clock.instant();
        redis.opsForHash().put(ACKNOWLEDGED, alertId, by + " " + now);
        publish(new AlertAcknowledged(alertId, projectId, by, now));
        return true;
    }

    /** The project's latest alerts, newest first. */
    public List<AlertRaised> feed(String projectId, int limit) {
        List<String> ids = redis.opsForList().range(feedKey(projectId), 0, limit - 1L);
        return Objects.requireNonNullElse(ids, List.<String>of()).stream()
                .map(this::find)
                .flatMap(Optional::stream)
                .toList();
    }

    /** Who acknowledged the alert and when ({@code "<who> <instant>"}), if someone did. */
    public @Nullable String acknowledgement(String alertId) {
        Object value = redis.opsForHash().get(ACKNOWLEDGED, alertId);
        return value instanceof String text ? text : null;
    }

    private Optional<AlertRaised> find(String alertId) {
        return Optional.ofNullable(redis.opsForValue().get(alertKey(alertId)))
                .map(value -> json.readValue(value, AlertRaised.class));
    }

    private void tell(AlertRaised alert, int escalateAfterMinutes) {
        redis.opsForValue().set(alertKey(alert.alertId()), json.writeValueAsString(alert), Duration.ofDays(90));
        redis.opsForList().leftPush(feedKey(alert.projectId()), alert.alertId());
        redis.opsForList().trim(feedKey(alert.projectId()), 0, FEED_LENGTH - 1L);
        redis.opsForZSet()
                .add(
                        UNACKNOWLEDGED,
                        alert.alertId(),
                        alert.raisedAt()
                                .plus(Duration.ofMinutes(escalateAfterMinutes))
                                .toEpochMilli());
        publish(alert);
        log.info(
                "Alert {} raised for {} ({})",
                alert.rule(),
                alert.projectName(),
                alert.subject().name());
    }

    private void publish(ProjectAlertEvent event) {
        try {
            publisher.publish(event).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "Kafka did not take " + event.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing an alert", e);
        }
    }

    /** A held alert and the escalation delay of its project when it was raised. */
    record Held(AlertRaised alert, int escalateAfterMinutes) {}
}
