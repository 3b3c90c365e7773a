package com.targetbot.gateway;

import static com.targetbot.gateway.Browser.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

class LeadWritesIT extends GatewayIntegration {

    @Test
    void leadWithTheBootstrapKeyIsAcceptedAndPublishedWithItsPhoneInE164() {
        String name = "Иван " + UUID.randomUUID();

        EntityExchangeResult<byte[]> result = client.post()
                .uri("/api/leads")
                .header("X-Auth-Key", BOOTSTRAP_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "name", name,
                        "phone", "8 (912) 345-67-89",
                        "email", "ivan@example.ru",
                        "comment", "Перезвонить после 18:00",
                        "id", "chosen-by-client",
                        "status", "won"))
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody()
                .returnResult();

        JsonNode body = Browser.json(result);
        String leadId = body.path("id").stringValue();
        assertThat(UUID.fromString(leadId).version()).isEqualTo(7);
        assertThat(body.path("status").stringValue()).isEqualTo("accepted");
        assertThat(result.getResponseHeaders().getLocation()).hasToString("/api/leads/" + leadId);
        assertThat(published("leads.commands", leadId)).singleElement().satisfies(record -> {
            JsonNode data = JSON.readTree(record.value());
            assertThat(data.path("leadId").stringValue()).isEqualTo(leadId);
            assertThat(data.path("contact").path("name").stringValue()).isEqualTo(name);
            assertThat(data.path("contact").path("phone").stringValue()).isEqualTo("+79123456789");
            assertThat(data.path("contact").path("email").stringValue()).isEqualTo("ivan@example.ru");
            assertThat(data.path("source").stringValue()).isEqualTo("api");
            assertThat(data.path("requestedBy").stringValue()).isEqualTo("api-key:bootstr1");
        });
    }

    @Test
    void leadTypedInBySignedInStaffIsAManualLeadOfThatAccount() {
        var result = signedInAdmin().post("/api/leads", Map.of("name", "С выставки", "phone", "+7 916 000-11-22"));

        assertThat(result.getStatus()).isEqualTo(HttpStatus.ACCEPTED);
        String leadId = Browser.json(result).path("id").stringValue();
        assertThat(published("leads.commands", leadId)).singleElement().satisfies(record -> {
            JsonNode data = JSON.readTree(record.value());
            assertThat(data.path("source").stringValue()).isEqualTo("manual");
            assertThat(data.path("requestedBy").stringValue()).isEqualTo("admin:admin");
        });
    }

    @Test
    void leadWithABadPhoneAndNoNameIsABadRequestNamingBothFields() {
        String marker = UUID.randomUUID().toString();

        EntityExchangeResult<byte[]> result = client.post()
                .uri("/api/leads")
                .header("X-Auth-Key", BOOTSTRAP_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("phone", "12", "comment", marker))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .returnResult();

        assertThatProblem(result)
                .hasStatus(400)
                .hasType("about:blank")
                .hasDetailContaining("name", "phone")
                .hasFieldErrorsOn("name", "phone")
                .hasFieldError("name", "required")
                .hasFieldError("phone", "invalid_format");
        JsonNode problem = Browser.json(result);
        assertThat(problem.path("title").stringValue()).isEqualTo("Bad Request");
        assertThat(problem.path("instance").stringValue()).isEqualTo("/api/leads");
        assertNoLeadMentions(marker);
    }

    @Test
    void unknownOrMalformedKeyIsUnauthorized() {
        String marker = UUID.randomUUID().toString();

        for (String key : List.of("tb_unknown1_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG", "not-a-key")) {
            assertThatProblem(client.post()
                            .uri("/api/leads")
                            .header("X-Auth-Key", key)
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("name", "Anna", "phone", "+79991234567", "comment", marker))
                            .exchange())
                    .hasStatus(401);
        }

        assertNoLeadMentions(marker);
    }

    @Test
    void keyWithoutTheLeadsWriteScopeIsForbidden() {
        String readOnlyKey = issueKey("leads:read");
        String marker = UUID.randomUUID().toString();

        assertThatProblem(client.post()
                        .uri("/api/leads")
                        .header("X-Auth-Key", readOnlyKey)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("name", "Anna", "phone", "+79991234567", "comment", marker))
                        .exchange())
                .hasStatus(403);

        assertNoLeadMentions(marker);
    }

    @Test
    void credentialsInTheQueryStringAreRefusedBeforeAnythingElse() {
        String marker = UUID.randomUUID().toString();

        assertThatProblem(client.post()
                        .uri("/api/leads?key=" + BOOTSTRAP_KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("name", "Anna", "phone", "+79991234567", "comment", marker))
                        .exchange()
                        .expectBody()
                        .returnResult())
                .hasStatus(400)
                .hasFieldError("key", "not_allowed");
        client.get()
                .uri("/api/leads?api_key=" + BOOTSTRAP_KEY)
                .exchange()
                .expectStatus()
                .isBadRequest();
        client.get().uri("/admin/?password=secret").exchange().expectStatus().isBadRequest();

        assertNoLeadMentions(marker);
    }

    @Test
    void managerSessionMayWriteALeadAndIsNamedAsTheRequester() {
        var admin = signedInAdmin();
        String name = "Manual " + UUID.randomUUID();

        EntityExchangeResult<byte[]> result =
                admin.post("/api/leads", Map.of("name", name, "email", "client@example.com"));

        assertThat(result.getStatus()).isEqualTo(HttpStatus.ACCEPTED);
        String leadId = Browser.json(result).path("id").stringValue();
        assertThat(published("leads.commands", leadId))
                .singleElement()
                .satisfies(record -> assertThat(JSON.readTree(record.value())
                                .path("requestedBy")
                                .stringValue())
                        .isEqualTo("admin:admin"));
    }
}
