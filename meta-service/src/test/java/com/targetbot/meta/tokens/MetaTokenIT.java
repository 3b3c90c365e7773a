package com.targetbot.meta.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.CloudEventDeserializer;
import com.targetbot.events.Topics;
import com.targetbot.events.meta.MetaTokenEvent;
import com.targetbot.events.meta.MetaTokenExpiring;
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
import org.springframework.http.MediaType;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The token check against the sandbox's debug_token, with the real Redis and Kafka. */
@MetaServiceTest
class MetaTokenIT {

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

    private Instant testStart;

    @BeforeEach
    void freshToken() {
        GraphProxy.up();
        sandbox("/sandbox/graph/reset", "{}");
        testStart = Instant.now();
    }

    @AfterEach
    void restore() {
        GraphProxy.up();
        sandbox("/sandbox/graph/reset", "{}");
    }

    @Test
    void validTokenIsStoredWithItsExpiryAndAnnouncesNothing() {
        check.run();

        JsonNode token = token();
        assertThat(token.get("valid").asBoolean()).isTrue();
        assertThat(Instant.parse(token.get("expiresAt").asString()))
                .isBetween(testStart.plus(Duration.ofDays(59)), testStart.plus(Duration.ofDays(61)));
        assertThat(Instant.parse(token.get("checkedAt").asString())).isAfterOrEqualTo(testStart);
        assertThat(token.get("problem").isNull()).isTrue();
        assertThat(announcedSinceTestStart()).isEmpty();
    }

    @Test
    void tokenExpiringWithinTheWarningTimeIsAnnouncedOnceWithItsExpiry() {
        Instant expiresAt = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        sandbox("/sandbox/graph/token", "{\"expiresAt\":\"%s\",\"valid\":true}".formatted(expiresAt));

        check.run();
        check.run();

        assertThat(announcedSinceTestStart())
                .singleElement()
                .isInstanceOfSatisfying(
                        MetaTokenExpiring.class,
                        expiring -> assertThat(expiring.expiresAt()).isEqualTo(expiresAt));
        JsonNode token = token();
        assertThat(token.get("valid").asBoolean()).isTrue();
        assertThat(Instant.parse(token.get("expiresAt").asString())).isEqualTo(expiresAt);
    }

    @Test
    void tokenThatNeverExpiresIsNotAnnounced() {
        sandbox("/sandbox/graph/token", "{\"expiresAt\":null,\"valid\":true}");

        check.run();

        assertThat(token().get("expiresAt").isNull()).isTrue();
        assertThat(announcedSinceTestStart()).isEmpty();
    }

    @Test
    void revokedTokenIsAnnouncedInvalidWithMetasReason() {
        sandbox("/sandbox/graph/token", "{\"expiresAt\":null,\"valid\":false}");

        check.run();

        assertThat(announcedSinceTestStart())
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

        check.run();

        assertThat(token()).isEqualTo(before);
        assertThat(meters.counter(TokenCheck.FAILURES).count()).isEqualTo(failuresBefore + 1);
        assertThat(announcedSinceTestStart()).isEmpty();
    }

    @Test
    void checkRunsAtStartUpAndThenEverySixHours() {
        assertThat(scheduler.getScheduledTasks())
                .extracting(scheduled -> scheduled.getTask())
                .filteredOn(task -> task instanceof FixedDelayTask)
                .singleElement()
                .isInstanceOfSatisfying(FixedDelayTask.class, task -> {
                    assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofHours(6));
                    assertThat(task.getInitialDelayDuration()).isZero();
                });
    }

    @Test
    void everyConnectionIsCheckedAndOneMetaRefusesIsNoLongerUsedUntilItsTokenWorksAgain() {
        String systemUser = "system-10000000000900";
        RestClient meta = RestClient.create("http://127.0.0.1:" + port);
        meta.post()
                .uri("/meta/connections")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"token\":\"sandbox-system-user-token\"}")
                .retrieve()
                .toBodilessEntity();
        try {
            sandbox("/sandbox/graph/people/10000000000900/token", "{\"expiresAt\":null,\"valid\":false}");

            check.run();

            assertThat(connection(systemUser).get("status").asString()).isEqualTo("INVALID");
            assertThat(connection(systemUser).get("problem").asString()).contains("session has been invalidated");
            assertThat(connection("configured").get("status").asString()).isEqualTo("ACTIVE");
            assertThat(connections.active()).extracting(MetaConnection::id).doesNotContain(systemUser);
            assertThat(announcedSinceTestStart())
                    .as("announcements follow the first connection")
                    .isEmpty();

            sandbox("/sandbox/graph/reset", "{}");
            check.run();

            assertThat(connection(systemUser).get("status").asString()).isEqualTo("ACTIVE");
            assertThat(connection(systemUser).get("problem").isNull()).isTrue();
            assertThat(connections.active()).extracting(MetaConnection::id).contains(systemUser);
        } finally {
            meta.delete().uri("/meta/connections/{id}", systemUser).retrieve().toBodilessEntity();
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

    /**
     * Token announcements made since the test started (all tests share the one key). A check waits for the broker's
     * acknowledgement of what it publishes, so reading the topic up to its current end sees everything it announced.
     */
    private List<MetaTokenEvent> announcedSinceTestStart() {
        return TopicContents.upToNow(Topics.META_EVENTS.name()).stream()
                .filter(record -> MetaTokenEvent.KEY.equals(record.key()))
                .map(record -> new CloudEventDeserializer()
                        .deserialize(record.topic(), record.headers(), record.value())
                        .data())
                .map(MetaTokenEvent.class::cast)
                .filter(event -> !event.checkedAt().isBefore(testStart))
                .toList();
    }
}
