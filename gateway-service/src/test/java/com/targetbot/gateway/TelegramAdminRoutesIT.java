package com.targetbot.gateway;

import static com.targetbot.gateway.Browser.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.CloudEventHeaders;
import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.TopicContents;
import com.targetbot.testkit.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

/**
 * Bot users and invites are telegram-service's: read through the gateway's routes, written as commands on
 * {@code telegram.commands}; admin sessions of role admin only.
 */
class TelegramAdminRoutesIT extends GatewayIntegration {

    @Test
    void adminSessionReadsBotUsersAndInvitesInTelegramServiceNamedAsThePrincipal() {
        var admin = new Browser(client);
        assertThat(admin.login("admin", ADMIN_PASSWORD).getStatus()).isEqualTo(HttpStatus.OK);

        admin.get("/api/telegram/users?limit=5");
        admin.get("/api/telegram/invites");

        // The context is shared with the other gateway ITs: the stub may have been asked before.
        assertThat(stubs.received("/telegram/users").getLast()).satisfies(request -> {
            assertThat(request.query()).isEqualTo("limit=5");
            // The stub's server writes header names capitalised, the rest lower-case.
            assertThat(request.headers().get("X-targetbot-principal")).containsExactly("admin:admin");
            assertThat(request.headers()).doesNotContainKeys("Cookie", "X-xsrf-token");
        });
        assertThat(stubs.received("/telegram/invites").getLast().method()).isEqualTo("GET");
    }

    @Test
    void userChangeIsAcceptedAndPublishedAsACommandNotForwarded() throws Exception {
        var admin = new Browser(client);
        admin.login("admin", ADMIN_PASSWORD);
        long user = System.nanoTime();

        var accepted = admin.patch("/api/telegram/users/" + user, Map.of("role", "manager", "active", false));

        assertThat(accepted.getStatus()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(accepted.getResponseHeaders().getLocation()).hasToString("/api/telegram/users");
        ConsumerRecord<String, byte[]> command = published(Long.toString(user));
        assertThat(TopicProbe.header(command, CloudEventHeaders.TYPE))
                .isEqualTo("com.targetbot.telegram.user.change.v1");
        JsonNode data = JSON.readTree(command.value());
        assertThat(data.get("role").asString()).isEqualTo("manager");
        assertThat(data.get("active").asBoolean()).isFalse();
        assertThat(data.get("requestedBy").asString()).isEqualTo("admin:admin");
        assertThat(stubs.received("/telegram/users/" + user)).isEmpty();
    }

    @Test
    void inviteIsMintedHereItsLinkAnsweredOnceAndOnlyTheTokensHashPublished() throws Exception {
        var admin = new Browser(client);
        admin.login("admin", ADMIN_PASSWORD);

        var accepted = admin.post("/api/telegram/invites", Map.of("role", "client", "ttlHours", 24));

        assertThat(accepted.getStatus()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode answer = JSON.readTree(accepted.getResponseBody());
        String link = answer.get("link").asString();
        assertThat(link).matches("https://t\\.me/stub_bot\\?start=[A-Za-z0-9_-]{43}");
        String token = link.substring(link.indexOf("start=") + "start=".length());
        String id = answer.get("id").asString();
        ConsumerRecord<String, byte[]> command = published(id);
        assertThat(TopicProbe.header(command, CloudEventHeaders.TYPE))
                .isEqualTo("com.targetbot.telegram.invite.create.v1");
        JsonNode data = JSON.readTree(command.value());
        assertThat(new String(command.value(), StandardCharsets.UTF_8)).doesNotContain(token);
        assertThat(data.get("tokenHash").asString())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(token.getBytes(StandardCharsets.US_ASCII))));
        assertThat(data.get("role").asString()).isEqualTo("client");
        assertThat(Instant.parse(data.get("expiresAt").asString()))
                .isEqualTo(Instant.parse(answer.get("expiresAt").asString()))
                .isBetween(
                        Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(24)));
        assertThat(stubs.received("/telegram/invites"))
                .noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void revokeIsAcceptedAndPublishedAsACommand() throws Exception {
        var admin = new Browser(client);
        admin.login("admin", ADMIN_PASSWORD);
        String invite = UUID.randomUUID().toString();

        assertThat(admin.delete("/api/telegram/invites/" + invite).getStatus()).isEqualTo(HttpStatus.ACCEPTED);

        assertThat(TopicProbe.header(published(invite), CloudEventHeaders.TYPE))
                .isEqualTo("com.targetbot.telegram.invite.revoke.v1");
        assertThat(stubs.received("/telegram/invites/" + invite)).isEmpty();
    }

    @Test
    void invalidChangesAreProblemsNamingEveryFieldAndPublishNothing() throws Exception {
        var admin = new Browser(client);
        admin.login("admin", ADMIN_PASSWORD);
        long user = System.nanoTime();

        var change =
                admin.patch("/api/telegram/users/" + user, Map.of("role", "owner", "active", "yes", "nickname", "x"));
        var invite = admin.post("/api/telegram/invites", Map.of("role", "client", "ttlHours", 721, "uses", 2));

        assertThat(change.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errorFields(change)).containsExactlyInAnyOrder("role", "active", "nickname");
        assertThat(invite.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errorFields(invite)).containsExactlyInAnyOrder("ttlHours", "uses");
        assertThat(TopicContents.upToNow("telegram.commands"))
                .noneMatch(record -> Long.toString(user).equals(record.key()));
    }

    @Test
    void managersViewersAndApiKeysAreForbiddenAndStrangersUnauthorizedWithNothingForwarded() {
        String path = "/api/telegram/users/" + System.nanoTime();
        String invites = "/api/telegram/invites/" + UUID.randomUUID();

        for (String role : List.of("manager", "viewer")) {
            var session = Browser.signedInAsNew(client, role);
            assertThat(session.get(path).getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(session.patch(path, Map.of("role", "admin")).getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(session.delete(invites).getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThatProblem(client.get()
                        .uri(path)
                        .header("X-Auth-Key", GatewayIntegration.BOOTSTRAP_KEY)
                        .exchange())
                .hasStatus(403);
        client.get().uri("/api/telegram/invites").exchange().expectStatus().isUnauthorized();

        assertThat(stubs.received(path.replace("/api", ""))).isEmpty();
        assertThat(stubs.received(invites.replace("/api", ""))).isEmpty();
        assertThat(TopicContents.upToNow("telegram.commands"))
                .noneMatch(record -> path.endsWith("/" + record.key()) || invites.endsWith("/" + record.key()));
    }

    private static ConsumerRecord<String, byte[]> published(String key) {
        var found = new AtomicReference<ConsumerRecord<String, byte[]>>();
        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "telegram.commands")) {
            await().untilAsserted(() -> assertThat(probe.about(key, Duration.ofMillis(200)))
                    .singleElement()
                    .satisfies(found::set));
        }
        return found.get();
    }

    private static List<String> errorFields(EntityExchangeResult<byte[]> response) {
        return JSON.readTree(response.getResponseBody())
                .get("errors")
                .valueStream()
                .map(error -> error.get("field").asString())
                .toList();
    }
}
