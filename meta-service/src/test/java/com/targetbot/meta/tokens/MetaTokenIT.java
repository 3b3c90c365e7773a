package com.targetbot.meta.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.CloudEventDeserializer;
import com.targetbot.events.Topics;
import com.targetbot.events.meta.ConnectionRef;
import com.targetbot.events.meta.MetaTokenEvent;
import com.targetbot.events.meta.MetaTokenExpiring;
import com.targetbot.events.meta.MetaTokenHealthy;
import com.targetbot.events.meta.MetaTokenInvalid;
import com.targetbot.meta.GraphProxy;
import com.targetbot.meta.MetaServiceTest;
import com.targetbot.meta.connections.Connections;
import com.targetbot.meta.connections.MetaConnection;
import com.targetbot.testkit.SandboxFixture;
import com.targetbot.testkit.TopicContents;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The token check against the sandbox's debug_token, with the real Redis and Kafka. */
@MetaServiceTest
class MetaTokenIT {

    private static final String CONFIGURED = "configured";
    private static final String SYSTEM_USER = "system-10000000000900";

    @LocalServerPort
    int port;

    @Autowired
    TokenCheck check;

    @Autowired
    Connections connections;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ScheduledTaskHolder scheduler;

    @Autowired
    StringRedisTemplate redis;

    private Instant testStart;

    @BeforeEach
    void freshToken() {
        GraphProxy.up();
        sandbox("/sandbox/graph/reset", "{}");
        // Each test meets the connections as never checked, whatever the tests before it announced.
        redis.delete(List.of("meta:token:state:" + CONFIGURED, "meta:token:state:" + SYSTEM_USER));
        testStart = Instant.now();
    }

    @AfterEach
    void restore() {
        GraphProxy.up();
        sandbox("/sandbox/graph/reset", "{}");
    }

    @Test
    void validTokenIsStoredWithItsExpiryAndAnnouncedHealthyOnlyAtItsFirstCheck() {
        check.run();
        check.run();

        JsonNode token = token();
        assertThat(token.get("valid").asBoolean()).isTrue();
        assertThat(Instant.parse(token.get("expiresAt").asString()))
                .isBetween(testStart.plus(Duration.ofDays(59)), testStart.plus(Duration.ofDays(61)));
        assertThat(Instant.parse(token.get("checkedAt").asString())).isAfterOrEqualTo(testStart);
        assertThat(token.get("problem").isNull()).isTrue();
        assertThat(announced(CONFIGURED, testStart))
                .singleElement()
                .isInstanceOfSatisfying(MetaTokenHealthy.class, healthy -> {
                    assertThat(healthy.connection().kind()).isEqualTo(ConnectionRef.Kind.SYSTEM_USER);
                    assertThat(healthy.expiresAt())
                            .isEqualTo(token.get("expiresAt").asString());
                });
    }

    @Test
    void tokenExpiringWithinTheWarningTimeIsAnnouncedOnceWithItsExpiry() {
        Instant expiresAt = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        sandbox("/sandbox/graph/token", "{\"expiresAt\":\"%s\",\"valid\":true}".formatted(expiresAt));

        check.run();
        check.run();

        assertThat(announced(CONFIGURED, testStart))
                .singleElement()
                .isInstanceOfSatisfying(
                        MetaTokenExpiring.class,
                        expiring -> assertThat(expiring.expiresAt()).isEqualTo(expiresAt));
        JsonNode token = token();
        assertThat(token.get("valid").asBoolean()).isTrue();
        assertThat(Instant.parse(token.get("expiresAt").asString())).isEqualTo(expiresAt);
    }

    @Test
    void tokenThatNeverExpiresIsAnnouncedHealthyWithoutAnExpiry() {
        sandbox("/sandbox/graph/token", "{\"expiresAt\":null,\"valid\":true}");

        check.run();

        assertThat(token().get("expiresAt").isNull()).isTrue();
        assertThat(announced(CONFIGURED, testStart))
                .singleElement()
                .isInstanceOfSatisfying(
                        MetaTokenHealthy.class,
                        healthy -> assertThat(healthy.expiresAt()).isNull());
    }

    @Test
    void revokedTokenIsAnnouncedInvalidWithMetasReason() {
        sandbox("/sandbox/graph/token", "{\"expiresAt\":null,\"valid\":false}");

        check.run();

        assertThat(announced(CONFIGURED, testStart))
                .singleElement()
                .isInstanceOfSatisfying(MetaTokenInvalid.class, invalid -> {
                    assertThat(invalid.reason()).contains("changed their password");
                    assertThat(invalid.checkedAt()).isAfterOrEqualTo(testStart);
                });
        JsonNode token = token();
        assertThat(token.get("valid").asBoolean()).isFalse();
        assertThat(token.get("problem").asString()).contains("changed their password");
    }

    @Test
    void unreachableMetaKeepsTheLastAnswerCountsTheFailureAndAnnouncesNothing() {
        check.run();
        JsonNode before = token();
        double failuresBefore = meters.counter(TokenCheck.FAILURES).count();
        // Were Meta reachable, this check would find the token revoked.
        sandbox("/sandbox/graph/token", "{\"expiresAt\":null,\"valid\":false}");
        GraphProxy.down();
        Instant outage = Instant.now();

        check.run();

        assertThat(token()).isEqualTo(before);
        assertThat(meters.counter(TokenCheck.FAILURES).count()).isEqualTo(failuresBefore + 1);
        assertThat(announced(CONFIGURED, outage)).isEmpty();
    }

    @Test
    void checkRunsAtStartUpAndThenEverySixHours() {
        assertThat(scheduler.getScheduledTasks())
                .extracting(scheduled -> scheduled.getTask())
                .filteredOn(task -> task.toString().equals(check.toString()))
                .singleElement()
                .isInstanceOfSatisfying(FixedDelayTask.class, task -> {
                    assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofHours(6));
                    assertThat(task.getInitialDelayDuration()).isZero();
                });
    }

    @Test
    void eachConnectionIsCheckedAndAnnouncedByNameAndOneMetaRefusesIsUnusedUntilItWorksAgain() {
        RestClient meta = RestClient.create("http://127.0.0.1:" + port);
        meta.post()
                .uri("/meta/connections")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"token\":\"sandbox-system-user-token\"}")
                .retrieve()
                .toBodilessEntity();
        try {
            check.run();
            Instant refused = Instant.now();
            sandbox("/sandbox/graph/people/10000000000900/token", "{\"expiresAt\":null,\"valid\":false}");

            check.run();

            assertThat(connection(SYSTEM_USER).get("status").asString()).isEqualTo("INVALID");
            assertThat(connection(SYSTEM_USER).get("problem").asString()).contains("session has been invalidated");
            assertThat(connection(CONFIGURED).get("status").asString()).isEqualTo("ACTIVE");
            assertThat(connections.active()).extracting(MetaConnection::id).doesNotContain(SYSTEM_USER);
            assertThat(announcedSince(refused))
                    .singleElement()
                    .isInstanceOfSatisfying(MetaTokenInvalid.class, invalid -> {
                        assertThat(invalid.connection())
                                .isEqualTo(new ConnectionRef(
                                        SYSTEM_USER,
                                        connection(SYSTEM_USER).get("name").asString(),
                                        ConnectionRef.Kind.SYSTEM_USER));
                        assertThat(invalid.reason()).contains("session has been invalidated");
                    });

            sandbox("/sandbox/graph/reset", "{}");
            Instant repaired = Instant.now();
            check.run();

            assertThat(connection(SYSTEM_USER).get("status").asString()).isEqualTo("ACTIVE");
            assertThat(connection(SYSTEM_USER).get("problem").isNull()).isTrue();
            assertThat(connections.active()).extracting(MetaConnection::id).contains(SYSTEM_USER);
            assertThat(announcedSince(repaired))
                    .singleElement()
                    .isInstanceOfSatisfying(
                            MetaTokenHealthy.class,
                            healthy -> assertThat(healthy.connection().id()).isEqualTo(SYSTEM_USER));
        } finally {
            meta.delete().uri("/meta/connections/{id}", SYSTEM_USER).retrieve().toBodilessEntity();
        }
    }

    private JsonNode connection(String id) {
        JsonNode all = RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/meta/connections")
                .retrieve()
                .body(JsonNode.class);
        return all.values().stream()
                .filter(connection -> connection.get("id").asString().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private JsonNode token() {
        return RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/meta/token")
                .retrieve()
                .body(JsonNode.class);
    }

    private static void sandbox(String path, String json) {
        RestClient.create(SandboxFixture.baseUrl())
                .post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .retrieve()
                .toBodilessEntity();
    }

    private static List<MetaTokenEvent> announced(String connectionId, Instant since) {
        return announcedSince(since).stream()
                .filter(event ->
                        event.connection() != null && event.connection().id().equals(connectionId))
                .toList();
    }

    /**
     * Token announcements of checks made since then (every connection's share one key). A check waits for the
     * broker's acknowledgement of what it publishes, so reading the topic up to its current end sees everything it
     * announced.
     */
    private static List<MetaTokenEvent> announcedSince(Instant since) {
        return TopicContents.upToNow(Topics.META_EVENTS.name()).stream()
                .filter(record -> MetaTokenEvent.KEY.equals(record.key()))
                .map(record -> new CloudEventDeserializer()
                        .deserialize(record.topic(), record.headers(), record.value())
                        .data())
                .map(MetaTokenEvent.class::cast)
                .filter(event -> !event.checkedAt().isBefore(since))
                .toList();
    }
}
