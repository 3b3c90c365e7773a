package com.targetbot.gateway;

import static com.targetbot.gateway.Browser.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.CloudEventHeaders;
import com.targetbot.testkit.TopicContents;
import com.targetbot.testkit.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

/** Lead writes through the gateway: changes, erasure, idempotent creation and who may do which. */
class LeadsApiIT extends GatewayIntegration {

    @Test
    void managerSessionChangesALeadAndOnlyTheFieldsItSetAreInTheCommand() {
        var manager = signedIn("manager");
        String leadId = UUID.randomUUID().toString();

        EntityExchangeResult<byte[]> result =
                manager.patch("/api/leads/" + leadId, Map.of("status", "in_progress", "assignee", "Мария"));

        assertThat(result.getStatus()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(result.getResponseHeaders().getLocation()).hasToString("/api/leads/" + leadId);
        assertThat(published("leads.commands", leadId)).singleElement().satisfies(record -> {
            assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("com.targetbot.lead.update.v1");
            JsonNode data = JSON.readTree(record.value());
            assertThat(data.path("status").stringValue()).isEqualTo("in_progress");
            assertThat(data.path("assignee").stringValue()).isEqualTo("Мария");
            assertThat(data.path("comment").isNull()).isTrue();
            assertThat(data.path("requestedBy").stringValue()).startsWith("admin:manager-");
        });
    }

    @Test
    void changeNamingAFieldAClientMayNotSetIsABadRequestNamingItAndNothingIsPublished() {
        var admin = signedIn("admin");
        String leadId = UUID.randomUUID().toString();

        EntityExchangeResult<byte[]> result = admin.patch(
                "/api/leads/" + leadId,
                Map.of("id", "other", "status", "closed", "createdAt", "2020-01-01T00:00:00Z", "comment", "ok"));

        assertThatProblem(result)
                .hasStatus(400)
                .hasFieldErrorsOn("id", "status", "createdAt")
                .hasFieldError("id", "not_allowed")
                .hasFieldError("status", "not_allowed");
        assertThat(admin.patch("/api/leads/" + leadId, Map.of()).getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(onTopicWithKey("leads.commands", leadId)).isEmpty();
    }

    @Test
    void deleteWithAWriteKeyIsAcceptedAndPublishesTheErasure() {
        String key = issueKey("leads:write");
        String leadId = UUID.randomUUID().toString();

        client.delete()
                .uri("/api/leads/{id}", leadId)
                .header("X-Auth-Key", key)
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(leadId);

        assertThat(published("leads.commands", leadId))
                .singleElement()
                .satisfies(record ->
                        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("com.targetbot.lead.delete.v1"));
    }

    @Test
    void viewersAndReadOnlyKeysMayNeitherChangeNorDeleteLeads() {
        var viewer = signedIn("viewer");
        String readKey = issueKey("leads:read");
        String leadId = UUID.randomUUID().toString();

        assertThat(viewer.patch("/api/leads/" + leadId, Map.of("status", "won")).getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(viewer.delete("/api/leads/" + leadId).getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThatProblem(client.patch()
                        .uri("/api/leads/{id}", leadId)
                        .header("X-Auth-Key", readKey)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("status", "won"))
                        .exchange())
                .hasStatus(403);
        client.delete()
                .uri("/api/leads/{id}", leadId)
                .header("X-Auth-Key", readKey)
                .exchange()
                .expectStatus()
                .isForbidden();
        assertThat(onTopicWithKey("leads.commands", leadId)).isEmpty();
    }

    @Test
    void browserChangeWithoutTheCsrfTokenIsForbidden() {
        var admin = signedIn("admin");
        String leadId = UUID.randomUUID().toString();

        client.patch()
                .uri("/api/leads/{id}", leadId)
                .cookie("SESSION", admin.cookie("SESSION"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("status", "won"))
                .exchange()
                .expectStatus()
                .isForbidden();

        assertThat(onTopicWithKey("leads.commands", leadId)).isEmpty();
    }

    @Test
    void sameIdempotencyKeyFromTheSameCallerCreatesOneLeadAndRepeatsTheAnswer() {
        String key = issueKey("leads:write");
        String otherKey = issueKey("leads:write");
        String idempotencyKey = "order-" + UUID.randomUUID();
        Map<String, String> lead = Map.of("name", "Анна", "phone", "+79991234567");

        EntityExchangeResult<byte[]> first = createWith(key, idempotencyKey, lead);
        EntityExchangeResult<byte[]> retry = createWith(key, idempotencyKey, lead);
        EntityExchangeResult<byte[]> otherCaller = createWith(otherKey, idempotencyKey, lead);

        String leadId = Browser.json(first).path("id").stringValue();
        assertThat(retry.getStatus()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(retry.getResponseHeaders().getLocation())
                .isEqualTo(first.getResponseHeaders().getLocation())
                .hasToString("/api/leads/" + leadId);
        assertThat(Browser.json(retry).path("id").stringValue()).isEqualTo(leadId);
        String otherId = Browser.json(otherCaller).path("id").stringValue();
        assertThat(otherId).isNotEqualTo(leadId);
        assertThat(published("leads.commands", otherId)).hasSize(1);
        assertThat(onTopicWithKey("leads.commands", leadId)).hasSize(1);
    }

    @Test
    void idempotencyKeyReusedForAnotherLeadIs422WhileAReformattedRetryIsTheSameLead() {
        String key = issueKey("leads:write");
        String idempotencyKey = "order-" + UUID.randomUUID();
        String marker = "marker-" + UUID.randomUUID();

        EntityExchangeResult<byte[]> first =
                createWith(key, idempotencyKey, Map.of("name", "Анна", "phone", "+79991234567"));
        EntityExchangeResult<byte[]> reformatted =
                createWith(key, idempotencyKey, Map.of("name", " Анна ", "phone", "8 (999) 123-45-67"));
        assertThatProblem(client.post()
                        .uri("/api/leads")
                        .header("X-Auth-Key", key)
                        .header("Idempotency-Key", idempotencyKey)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("name", "Борис", "phone", "+79997654321", "comment", marker))
                        .exchange()
                        .expectBody()
                        .returnResult())
                .hasStatus(422)
                .hasFieldError("Idempotency-Key", "conflict");

        String leadId = Browser.json(first).path("id").stringValue();
        assertThat(Browser.json(reformatted).path("id").stringValue()).isEqualTo(leadId);
        assertThat(TopicContents.upToNow("leads.commands"))
                .noneMatch(record -> new String(record.value(), StandardCharsets.UTF_8).contains(marker));
    }

    @Test
    void malformedIdempotencyKeyIsABadRequestNamingTheHeader() {
        assertThatProblem(client.post()
                        .uri("/api/leads")
                        .header("X-Auth-Key", GatewayIntegration.BOOTSTRAP_KEY)
                        .header("Idempotency-Key", "no spaces allowed")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("name", "Анна", "phone", "+79991234567"))
                        .exchange()
                        .expectBody()
                        .returnResult())
                .hasStatus(400)
                .hasFieldError("Idempotency-Key", "invalid_format");
    }

    private EntityExchangeResult<byte[]> createWith(String apiKey, String idempotencyKey, Map<String, String> lead) {
        return client.post()
                .uri("/api/leads")
                .header("X-Auth-Key", apiKey)
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(lead)
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody()
                .returnResult();
    }

    private Browser signedIn(String role) {
        if (!role.equals("admin")) {
            return Browser.signedInAsNew(client, role);
        }
        var admin = new Browser(client);
        assertThat(admin.login("admin", GatewayIntegration.ADMIN_PASSWORD).getStatus())
                .isEqualTo(HttpStatus.OK);
        return admin;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return TopicProbe.header(record, name);
    }
}
