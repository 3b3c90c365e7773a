package com.targetbot.gateway;

import static com.targetbot.gateway.Browser.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

class ApiKeysIT extends GatewayIntegration {

    @Test
    void issuedKeyRecordsItsUseAndStopsWorkingOnceRevoked() {
        var admin = signedInAdmin();
        String key = issueKey(admin, "leads:read");
        String prefix = key.substring(3, 11);

        client.get()
                .uri("/api/leads/" + UUID.randomUUID())
                .header("X-Auth-Key", key)
                .exchange()
                .expectStatus()
                .isOk();
        // The use is recorded just after the answer, off the request's path.
        await().untilAsserted(() -> assertThat(
                        keyListed(admin, prefix).path("useCount").longValue())
                .isEqualTo(1));
        JsonNode listed = keyListed(admin, prefix);
        assertThat(listed.path("lastUsedAt").isString()).isTrue();
        assertThat(listed.path("scopes").toString()).isEqualTo("[\"leads:read\"]");
        assertThat(listed.toString()).doesNotContain(key.substring(12));
        assertThat(admin.delete("/api/keys/" + prefix).getStatus()).isEqualTo(HttpStatus.NO_CONTENT);

        client.get()
                .uri("/api/leads/" + UUID.randomUUID())
                .header("X-Auth-Key", key)
                .exchange()
                .expectStatus()
                .isUnauthorized();
        assertThat(keyListed(admin, prefix).path("revoked").booleanValue()).isTrue();
    }

    @Test
    void onlyAnAdminSessionManagesKeys() {
        client.get()
                .uri("/api/keys")
                .header("X-Auth-Key", BOOTSTRAP_KEY)
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void expiredKeyIsUnauthorizedSayingSo() {
        var admin = signedInAdmin();
        EntityExchangeResult<byte[]> issued = admin.post(
                "/api/keys",
                Map.of(
                        "label", "short-lived",
                        "scopes", List.of("leads:read"),
                        "expiresAt", Instant.now().plusSeconds(2).toString()));
        String key = Browser.json(issued).path("key").stringValue();
        assertThat(Browser.json(issued).path("details").path("expiresAt").isString())
                .isTrue();

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> client.get()
                        .uri("/api/leads/" + UUID.randomUUID())
                        .header("X-Auth-Key", key)
                        .exchange()
                        .expectStatus()
                        .isUnauthorized()
                        .expectBody()
                        .jsonPath("$.detail")
                        .isEqualTo("API key expired"));
    }

    @Test
    void keyWithAnExpiryInThePastOrAnUnknownScopeIsRefused() {
        EntityExchangeResult<byte[]> result = signedInAdmin()
                .post(
                        "/api/keys",
                        Map.of(
                                "label", "bad",
                                "scopes", List.of("leads:read", "admin:all"),
                                "expiresAt", "2020-01-01T00:00:00Z"));

        assertThatProblem(result)
                .hasStatus(400)
                .hasFieldErrorsOn("scopes", "expiresAt")
                .hasFieldError("scopes", "not_allowed")
                .hasFieldError("expiresAt", "out_of_range");
    }

    @Test
    void everyUseIsAuditedAndAnAdminPagesThroughTheUsageNewestFirst() {
        var admin = signedInAdmin();
        String key = issueKey(admin, "leads:read");
        String prefix = key.substring(3, 11);
        for (int use = 0; use < 5; use++) {
            client.get()
                    .uri("/api/leads/use-" + use)
                    .header("X-Auth-Key", key)
                    .exchange()
                    .expectStatus()
                    .isOk();
        }

        await().untilAsserted(() -> assertThat(Browser.json(admin.get("/api/keys/" + prefix + "/usage?limit=100"))
                        .path("items"))
                .hasSize(5));
        JsonNode first = Browser.json(admin.get("/api/keys/" + prefix + "/usage?limit=2"));
        JsonNode second = Browser.json(admin.get("/api/keys/" + prefix + "/usage?limit=2&cursor="
                + first.path("nextCursor").stringValue()));
        JsonNode last = Browser.json(admin.get("/api/keys/" + prefix + "/usage?limit=2&cursor="
                + second.path("nextCursor").stringValue()));

        List<String> paths = new java.util.ArrayList<>();
        for (JsonNode page : List.of(first, second, last)) {
            page.path("items").forEach(item -> paths.add(item.path("path").stringValue()));
        }
        assertThat(paths)
                .containsExactly(
                        "/api/leads/use-4",
                        "/api/leads/use-3",
                        "/api/leads/use-2",
                        "/api/leads/use-1",
                        "/api/leads/use-0");
        assertThat(last.path("nextCursor").isNull()).isTrue();
        JsonNode newest = first.path("items").get(0);
        assertThat(newest.path("method").stringValue()).isEqualTo("GET");
        assertThat(newest.path("status").intValue()).isEqualTo(200);
        assertThat(newest.path("clientIp").stringValue()).isEqualTo("127.0.0.1");
        assertThat(published("audit.events", prefix))
                .hasSizeGreaterThanOrEqualTo(1)
                .allSatisfy(record -> {
                    JsonNode data = JSON.readTree(record.value());
                    assertThat(data.path("keyPrefix").stringValue()).isEqualTo(prefix);
                    assertThat(data.toString()).doesNotContain(key.substring(12));
                });
        client.get()
                .uri("/api/keys/" + prefix + "/usage")
                .header("X-Auth-Key", key)
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void keyOverItsRateLimitIsAnsweredTooManyRequestsWithRetryAfter() {
        String key = issueKey("leads:read");

        for (int request = 1; request <= 120; request++) {
            client.get()
                    .uri("/api/dashboard")
                    .header("X-Auth-Key", key)
                    .exchange()
                    .expectStatus()
                    .isForbidden();
        }
        EntityExchangeResult<byte[]> limited = client.get()
                .uri("/api/dashboard")
                .header("X-Auth-Key", key)
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .returnResult();

        assertThat(Long.parseLong(limited.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                .isBetween(1L, 60L);
        client.get()
                .uri("/api/leads/" + UUID.randomUUID())
                .header("X-Auth-Key", BOOTSTRAP_KEY)
                .exchange()
                .expectStatus()
                .isOk();
    }

    private JsonNode keyListed(Browser admin, String prefix) {
        JsonNode items = Browser.json(admin.get("/api/keys")).path("items");
        for (JsonNode item : items) {
            if (item.path("prefix").stringValue().equals(prefix)) {
                return item;
            }
        }
        throw new AssertionError("Key " + prefix + " is not listed in " + items);
    }
}
