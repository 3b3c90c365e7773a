package com.targetbot.gateway;

import static com.targetbot.gateway.Browser.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.TopicContents;
import com.targetbot.testkit.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@GatewayTest
class GatewayIT {

    static final String BOOTSTRAP_KEY = "tb_bootstr1_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";
    static final String WEBHOOK_SECRET = "test-webhook-secret";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    static final String ADMIN_PASSWORD = "test-admin-password";
    static final String INITIAL_PASSWORD = "initial-password-from-an-admin";
    static final String NEW_PASSWORD = "a-password-of-my-own";
    static final JsonMapper JSON = new JsonMapper();

    @LocalServerPort
    int port;

    @Autowired
    StubServices stubs;

    @Autowired
    RouteDefinitionLocator routes;

    WebTestClient client;

    @BeforeEach
    void bindClient() {
        client = TestClients.gateway(port);
    }

    @Nested
    class TelegramWebhook {

        @Test
        void acceptedUpdateIsOnTheTopicKeyedByItsChatWhenTheAnswerArrives() {
            long chatId = uniqueId();
            long updateId = uniqueId();

            client.post()
                    .uri("/telegram/webhook")
                    .header(SECRET_HEADER, WEBHOOK_SECRET)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(update(updateId, chatId))
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .json("{}");

            assertThat(published("telegram.updates", Long.toString(chatId)))
                    .singleElement()
                    .satisfies(record -> {
                        assertThat(record.key()).isEqualTo(Long.toString(chatId));
                        JsonNode data = JSON.readTree(record.value());
                        assertThat(data.path("updateId").longValue()).isEqualTo(updateId);
                        assertThat(data.path("chatId").longValue()).isEqualTo(chatId);
                        assertThat(data.path("update")
                                        .path("message")
                                        .path("text")
                                        .stringValue())
                                .isEqualTo("/start");
                    });
        }

        @Test
        void updateWithoutTheSecretIsUnauthorizedAndNotPublished() {
            long chatId = uniqueId();

            client.post()
                    .uri("/telegram/webhook")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(update(uniqueId(), chatId))
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);

            assertThat(onTopicWithKey("telegram.updates", chatId)).isEmpty();
        }

        @Test
        void updateWithAWrongSecretIsForbiddenAndNotPublished() {
            long chatId = uniqueId();

            client.post()
                    .uri("/telegram/webhook")
                    .header(SECRET_HEADER, "not-the-secret")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(update(uniqueId(), chatId))
                    .exchange()
                    .expectStatus()
                    .isForbidden()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);

            assertThat(onTopicWithKey("telegram.updates", chatId)).isEmpty();
        }

        @Test
        void malformedUpdateIsABadRequestNamingTheFieldAndNotPublished() {
            long chatId = uniqueId();
            String withoutIntegerId = "{\"update_id\":\"abc\",\"message\":{\"chat\":{\"id\":" + chatId + "}}}";

            assertThatProblem(client.post()
                            .uri("/telegram/webhook")
                            .header(SECRET_HEADER, WEBHOOK_SECRET)
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(withoutIntegerId)
                            .exchange()
                            .expectBody()
                            .returnResult())
                    .hasStatus(400)
                    .hasFieldError("update_id", "invalid_format");
            client.post()
                    .uri("/telegram/webhook")
                    .header(SECRET_HEADER, WEBHOOK_SECRET)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"update_id\": " + chatId + ", broken")
                    .exchange()
                    .expectStatus()
                    .isBadRequest();

            assertThat(onTopicWithKey("telegram.updates", chatId)).isEmpty();
        }

        @Test
        void updateOverOneMebibyteIsRefusedAsTooLarge() {
            String padding = "x".repeat(1024 * 1024);

            client.post()
                    .uri("/telegram/webhook")
                    .header(SECRET_HEADER, WEBHOOK_SECRET)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"update_id\":1,\"padding\":\"" + padding + "\"}")
                    .exchange()
                    .expectStatus()
                    .isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        }
    }

    @Nested
    class LeadWrites {

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
                assertThat(data.path("name").stringValue()).isEqualTo(name);
                assertThat(data.path("phone").stringValue()).isEqualTo("+79123456789");
                assertThat(data.path("email").stringValue()).isEqualTo("ivan@example.ru");
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
                client.post()
                        .uri("/api/leads")
                        .header("X-Auth-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("name", "Anna", "phone", "+79991234567", "comment", marker))
                        .exchange()
                        .expectStatus()
                        .isUnauthorized()
                        .expectHeader()
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
            }

            assertNoLeadMentions(marker);
        }

        @Test
        void keyWithoutTheLeadsWriteScopeIsForbidden() {
            String readOnlyKey = issueKey("leads:read");
            String marker = UUID.randomUUID().toString();

            client.post()
                    .uri("/api/leads")
                    .header("X-Auth-Key", readOnlyKey)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("name", "Anna", "phone", "+79991234567", "comment", marker))
                    .exchange()
                    .expectStatus()
                    .isForbidden()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);

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
            client.get()
                    .uri("/admin/?password=secret")
                    .exchange()
                    .expectStatus()
                    .isBadRequest();

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

    @Nested
    class ApiKeys {

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

    @Nested
    class AdminSessions {

        @Test
        void adminSignsInReadsWhoTheyAreAndSignsOut() {
            var browser = new Browser(client);

            String token = browser.fetchCsrfToken();
            assertThat(browser.cookie("XSRF-TOKEN")).isEqualTo(token);
            EntityExchangeResult<byte[]> login =
                    browser.post("/api/auth/login", Map.of("username", "admin", "password", ADMIN_PASSWORD));

            assertThat(login.getStatus()).isEqualTo(HttpStatus.OK);
            assertThat(Browser.json(login).toString())
                    .isEqualTo("{\"username\":\"admin\",\"role\":\"admin\",\"mustChangePassword\":false}");
            ResponseCookie session = login.getResponseCookies().getFirst("SESSION");
            assertThat(session).isNotNull();
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Lax");
            assertThat(Browser.json(browser.get("/api/auth/me"))
                            .path("username")
                            .stringValue())
                    .isEqualTo("admin");
            assertThat(browser.post("/api/auth/logout", null).getStatus()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(browser.get("/api/auth/me").getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        @Test
        void csrfCookieIsReadableByTheSpaAndEchoedInTheAnswer() {
            EntityExchangeResult<byte[]> result = new Browser(client).get("/api/auth/csrf");

            ResponseCookie cookie = result.getResponseCookies().getFirst("XSRF-TOKEN");
            assertThat(cookie).isNotNull();
            assertThat(cookie.isHttpOnly()).isFalse();
            assertThat(Browser.json(result).path("token").stringValue()).isEqualTo(cookie.getValue());
            assertThat(Browser.json(result).path("headerName").stringValue()).isEqualTo("X-XSRF-TOKEN");
        }

        @Test
        void loginWithoutTheCsrfTokenIsForbidden() {
            EntityExchangeResult<byte[]> result = new Browser(client)
                    .postWithoutCsrf("/api/auth/login", Map.of("username", "admin", "password", ADMIN_PASSWORD));

            assertThat(result.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result.getResponseCookies().getFirst("SESSION")).isNull();
        }

        @Test
        void wrongPasswordIsUnauthorized() {
            EntityExchangeResult<byte[]> result = new Browser(client).login("admin", "wrong-password");

            assertThat(result.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(Browser.json(result).path("detail").stringValue()).isEqualTo("Wrong username or password");
        }

        @Test
        void sixthFailedLoginWithinTheWindowIsThrottledWithRetryAfter() {
            String username = "guess-" + UUID.randomUUID();
            var browser = new Browser(client);

            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(browser.login(username, "guess-" + attempt).getStatus())
                        .isEqualTo(HttpStatus.UNAUTHORIZED);
            }
            EntityExchangeResult<byte[]> sixth = browser.login(username, "guess-6");

            assertThat(sixth.getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(sixth.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(Long.parseLong(sixth.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                    .isBetween(1L, 900L);
        }

        @Test
        void loginIssuesAFreshSessionIdAndTheOldOneStopsWorking() {
            var browser = signedInAdmin();
            String first = browser.cookie("SESSION");

            browser.login("admin", ADMIN_PASSWORD);

            String second = browser.cookie("SESSION");
            assertThat(second).isNotNull().isNotEqualTo(first);
            var stale = new Browser(client);
            stale.setCookie("SESSION", first);
            assertThat(stale.get("/api/auth/me").getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(browser.get("/api/auth/me").getStatus()).isEqualTo(HttpStatus.OK);
        }
    }

    @Nested
    class AdminAccounts {

        @Test
        void newAccountMustChangeItsInitialPasswordBeforeAnythingElse() {
            String username = createAccount("viewer");
            var browser = new Browser(client);

            EntityExchangeResult<byte[]> login = browser.login(username, INITIAL_PASSWORD);
            assertThat(Browser.json(login).path("mustChangePassword").booleanValue())
                    .isTrue();
            EntityExchangeResult<byte[]> blocked = browser.get("/api/dashboard");
            assertThat(blocked.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(Browser.json(blocked).path("detail").stringValue()).startsWith("Password change required");
            assertThat(browser.post("/api/auth/password", passwordChange(INITIAL_PASSWORD, "short"))
                            .getStatus())
                    .isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(browser.post("/api/auth/password", passwordChange("not-the-password", NEW_PASSWORD))
                            .getStatus())
                    .isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(browser.post("/api/auth/password", passwordChange(INITIAL_PASSWORD, NEW_PASSWORD))
                            .getStatus())
                    .isEqualTo(HttpStatus.NO_CONTENT);

            assertThat(browser.get("/api/dashboard").getStatus()).isEqualTo(HttpStatus.OK);
            assertThat(Browser.json(browser.get("/api/auth/me"))
                            .path("mustChangePassword")
                            .booleanValue())
                    .isFalse();
            assertThat(new Browser(client).login(username, INITIAL_PASSWORD).getStatus())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(new Browser(client).login(username, NEW_PASSWORD).getStatus())
                    .isEqualTo(HttpStatus.OK);
        }

        @Test
        void viewerReadsButCannotWrite() {
            var viewer = signedIn(createAccount("viewer"));

            assertThat(viewer.get("/api/dashboard").getStatus()).isEqualTo(HttpStatus.OK);
            assertThat(viewer.get("/api/leads/" + UUID.randomUUID()).getStatus())
                    .isEqualTo(HttpStatus.OK);
            assertThat(viewer.post("/api/leads", Map.of("name", "Anna", "phone", "+79991234567"))
                            .getStatus())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(viewer.post("/api/reports", Map.of("format", "csv")).getStatus())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(viewer.post("/meta/sync", null).getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        }

        @Test
        void managerWritesLeadsButManagesNeitherAdminsNorKeys() {
            var manager = signedIn(createAccount("manager"));

            assertThat(manager.post("/api/leads", Map.of("name", "Anna", "phone", "+79991234567"))
                            .getStatus())
                    .isEqualTo(HttpStatus.ACCEPTED);
            assertThat(manager.get("/api/keys").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(manager.post("/api/keys", Map.of("label", "x", "scopes", List.of("leads:read")))
                            .getStatus())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(manager.get("/api/admins").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(manager.post("/api/admins", newAccount("manager")).getStatus())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(manager.post("/meta/sync", null).getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        }

        @Test
        void disablingAnAccountEndsItsSessionAtOnceAndRoleChangesApplyToTheLiveSession() {
            String username = createAccount("viewer");
            var viewer = signedIn(username);
            var admin = signedInAdmin();

            assertThat(admin.patch("/api/admins/" + username, Map.of("role", "manager"))
                            .getStatus())
                    .isEqualTo(HttpStatus.OK);
            assertThat(Browser.json(viewer.get("/api/auth/me")).path("role").stringValue())
                    .isEqualTo("manager");
            EntityExchangeResult<byte[]> disabled = admin.patch("/api/admins/" + username, Map.of("enabled", false));

            assertThat(Browser.json(disabled).path("enabled").booleanValue()).isFalse();
            assertThat(viewer.get("/api/auth/me").getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(new Browser(client).login(username, NEW_PASSWORD).getStatus())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(Browser.json(admin.get("/api/admins")).path("items").findValuesAsString("username"))
                    .contains("admin", username);
        }

        @Test
        void accountsAreValidatedAndUnique() {
            var admin = signedInAdmin();
            Map<String, Object> account = newAccount("viewer");

            assertThat(admin.post("/api/admins", account).getStatus()).isEqualTo(HttpStatus.CREATED);
            assertThat(admin.post("/api/admins", account).getStatus()).isEqualTo(HttpStatus.CONFLICT);
            EntityExchangeResult<byte[]> invalid =
                    admin.post("/api/admins", Map.of("username", "Not Valid!", "role", "owner", "password", "short"));
            assertThatProblem(invalid)
                    .hasStatus(400)
                    .hasFieldErrorsOn("username", "role", "password")
                    .hasFieldError("username", "invalid_format")
                    .hasFieldError("role", "not_allowed")
                    .hasFieldError("password", "out_of_range");
            assertThat(admin.patch("/api/admins/admin", Map.of("enabled", false))
                            .getStatus())
                    .isEqualTo(HttpStatus.BAD_REQUEST);
        }

        @Test
        void oversizedAccountRequestIsRefusedAsTooLarge() {
            EntityExchangeResult<byte[]> result = signedInAdmin()
                    .post("/api/admins", Map.of("username", "big", "role", "viewer", "password", "x".repeat(8 * 1024)));

            assertThat(result.getStatus()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }

        private Browser signedIn(String username) {
            var browser = new Browser(client);
            assertThat(browser.login(username, INITIAL_PASSWORD).getStatus()).isEqualTo(HttpStatus.OK);
            assertThat(browser.post("/api/auth/password", passwordChange(INITIAL_PASSWORD, NEW_PASSWORD))
                            .getStatus())
                    .isEqualTo(HttpStatus.NO_CONTENT);
            return browser;
        }

        private String createAccount(String role) {
            Map<String, Object> account = newAccount(role);
            assertThat(signedInAdmin().post("/api/admins", account).getStatus()).isEqualTo(HttpStatus.CREATED);
            return (String) account.get("username");
        }

        private static Map<String, Object> newAccount(String role) {
            return Map.of("username", role + "-" + UUID.randomUUID(), "role", role, "password", INITIAL_PASSWORD);
        }

        private static Map<String, Object> passwordChange(String current, String next) {
            return Map.of("currentPassword", current, "newPassword", next);
        }
    }

    @Nested
    class MetaAndReportWrites {

        @Test
        void metaSyncWithoutASessionIsUnauthorized() {
            var anonymous = new Browser(client);

            EntityExchangeResult<byte[]> result = anonymous.post("/meta/sync", null);

            assertThat(result.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }

        @Test
        void adminStartsAMetaSyncThatIsPublished() {
            EntityExchangeResult<byte[]> result = signedInAdmin().post("/meta/sync", null);

            assertThat(result.getStatus()).isEqualTo(HttpStatus.ACCEPTED);
            assertThat(result.getResponseHeaders().getLocation()).hasToString("/meta/stats");
            String syncId = Browser.json(result).path("syncId").stringValue();
            assertThat(published("meta.commands", syncId))
                    .singleElement()
                    .satisfies(record -> assertThat(JSON.readTree(record.value())
                                    .path("requestedBy")
                                    .stringValue())
                            .isEqualTo("admin:admin"));
        }

        @Test
        void reportRequestIsAcceptedWithItsLocationAndPublished() {
            EntityExchangeResult<byte[]> result = requestReport(Map.of("format", "csv"))
                    .expectStatus()
                    .isAccepted()
                    .expectBody()
                    .returnResult();

            String reportId = Browser.json(result).path("id").stringValue();
            assertThat(result.getResponseHeaders().getLocation()).hasToString("/api/reports/" + reportId);
            assertThat(published("reports.commands", reportId)).singleElement().satisfies(record -> {
                JsonNode data = JSON.readTree(record.value());
                assertThat(data.path("format").stringValue()).isEqualTo("csv");
                assertThat(data.path("period").isString())
                        .as("no period: every lead")
                        .isFalse();
            });
        }

        @Test
        void reportForAPeriodCarriesThePeriodIntoTheCommand() {
            EntityExchangeResult<byte[]> result = requestReport(Map.of("format", "csv", "period", "yesterday"))
                    .expectStatus()
                    .isAccepted()
                    .expectBody()
                    .returnResult();

            String reportId = Browser.json(result).path("id").stringValue();

            assertThat(published("reports.commands", reportId))
                    .singleElement()
                    .satisfies(record -> assertThat(
                                    JSON.readTree(record.value()).path("period").stringValue())
                            .isEqualTo("yesterday"));
        }

        @Test
        void reportInAnUnknownFormatIsABadRequest() {
            assertThatProblem(
                            requestReport(Map.of("format", "xlsx")).expectBody().returnResult())
                    .hasStatus(400)
                    .hasFieldError("format", "not_allowed");
        }

        @Test
        void reportForAnUnknownPeriodIsABadRequestNamingThePeriod() {
            assertThatProblem(requestReport(Map.of("format", "csv", "period", "week"))
                            .expectBody()
                            .returnResult())
                    .hasStatus(400)
                    .hasFieldErrorsOn("period")
                    .hasFieldError("period", "not_allowed", "must be one of [today, yesterday, 7d, 30d]");
        }

        private WebTestClient.ResponseSpec requestReport(Map<String, String> body) {
            return client.post()
                    .uri("/api/reports")
                    .header("X-Auth-Key", BOOTSTRAP_KEY)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange();
        }
    }

    @Nested
    class RoutedReads {

        @Test
        void leadReadReachesLeadsServiceWithoutTheCallersCredentials() {
            String leadId = UUID.randomUUID().toString();

            client.get()
                    .uri("/api/leads/" + leadId)
                    .header("X-Auth-Key", BOOTSTRAP_KEY)
                    .header("X-TargetBot-Principal", "admin:forged")
                    .cookie("SESSION", "some-session")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.id")
                    .isEqualTo(leadId);

            assertThat(stubs.received("/leads/" + leadId)).singleElement().satisfies(request -> {
                Map<String, List<String>> headers = lowerCaseNames(request.headers());
                assertThat(request.method()).isEqualTo("GET");
                assertThat(headers).doesNotContainKeys("cookie", "x-auth-key");
                assertThat(headers.get("x-targetbot-principal")).containsExactly("api-key:bootstr1");
            });
        }

        @Test
        void leadListKeepsItsQuery() {
            int before = stubs.received("/leads").size();

            client.get()
                    .uri("/api/leads?limit=50")
                    .header("X-Auth-Key", BOOTSTRAP_KEY)
                    .exchange()
                    .expectStatus()
                    .isOk();

            assertThat(stubs.received("/leads")
                            .subList(before, stubs.received("/leads").size()))
                    .singleElement()
                    .satisfies(request -> assertThat(request.query()).isEqualTo("limit=50"));
        }

        @Test
        void readWithoutCredentialsIsUnauthorizedAndNotForwarded() {
            String leadId = UUID.randomUUID().toString();

            client.get()
                    .uri("/api/leads/" + leadId)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);

            assertThat(stubs.received("/leads/" + leadId)).isEmpty();
        }

        @Test
        void metaStatsAndTokenStateNeedAnAdminSessionAndReachMetaService() {
            for (String path : List.of("/meta/stats", "/meta/token")) {
                // The dashboard reads /meta/stats too, so count from here.
                int before = stubs.received(path).size();
                client.get()
                        .uri(path)
                        .header("X-Auth-Key", BOOTSTRAP_KEY)
                        .exchange()
                        .expectStatus()
                        .isForbidden();
                assertThat(stubs.received(path)).as(path).hasSize(before);

                // The stand-in answers as meta-service does before its first sync or check.
                assertThat(signedInAdmin().get(path).getStatus()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
                assertThat(stubs.received(path)).as(path).hasSize(before + 1);
            }
        }

        @Test
        void unknownPathIsANotFoundProblem() {
            client.get()
                    .uri("/api/nothing-here")
                    .header("X-Auth-Key", BOOTSTRAP_KEY)
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Nested
    class DashboardAndAdminUi {

        @Test
        void dashboardComposesTheServicesAndDegradesTheOneThatFails() {
            EntityExchangeResult<byte[]> result = signedInAdmin().get("/api/dashboard");

            assertThat(result.getStatus()).isEqualTo(HttpStatus.OK);
            JsonNode dashboard = Browser.json(result);
            assertThat(dashboard.path("leads").path("total").longValue()).isEqualTo(3);
            assertThat(dashboard.path("leads").path("today").longValue()).isEqualTo(1);
            assertThat(dashboard.path("reports").path("total").isNull()).isTrue();
            assertThat(dashboard.path("meta").path("syncedAt").isNull()).isTrue();
            assertThat(dashboard.path("unavailable").toString()).isEqualTo("[\"reports-service\"]");
        }

        @Test
        void adminPathRedirectsToTheSpaWithSecurityHeaders() {
            client.get()
                    .uri("/admin")
                    .exchange()
                    .expectStatus()
                    .isEqualTo(HttpStatus.MOVED_PERMANENTLY)
                    .expectHeader()
                    .location("/admin/")
                    .expectHeader()
                    .value("Content-Security-Policy", csp -> assertThat(csp).contains("default-src 'self'"))
                    .expectHeader()
                    .valueEquals("X-Frame-Options", "DENY")
                    .expectHeader()
                    .valueEquals("X-Content-Type-Options", "nosniff");
        }

        /** The test classpath holds a stand-in index and asset for the admin-ui jar's files. */
        @Test
        void spaIndexIsServedUncachedAndItsAssetsStatically() {
            client.get()
                    .uri("/admin/")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectHeader()
                    .cacheControl(CacheControl.noCache())
                    .expectBody(String.class)
                    .value(html -> assertThat(html).contains("/admin/assets/app.js"));
            client.get()
                    .uri("/admin/assets/app.js")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .valueEquals("X-Content-Type-Options", "nosniff");
        }

        @Test
        void openApiDocumentIsPublicAndDescribesTheGatewaysEndpointsWithProblemErrors() {
            EntityExchangeResult<byte[]> result = client.get()
                    .uri("/api/docs/openapi.json")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .returnResult();

            JsonNode document = Browser.json(result);
            assertThat(document.path("paths").propertyNames())
                    .contains(
                            "/api/auth/login",
                            "/api/auth/password",
                            "/api/admins",
                            "/api/admins/{username}",
                            "/api/keys",
                            "/api/keys/{prefix}/usage",
                            "/api/leads",
                            "/api/reports",
                            "/meta/sync",
                            "/telegram/webhook");
            JsonNode paths = document.path("paths");
            assertThat(paths.path("/api/leads").propertyNames()).contains("get", "post");
            assertThat(paths.path("/api/leads/{id}").propertyNames()).contains("get", "patch", "delete");
            assertThat(paths.path("/api/reports").propertyNames()).contains("get", "post");
            assertThat(paths.propertyNames())
                    .contains(
                            "/api/leads/stats",
                            "/api/leads/export",
                            "/api/reports/{id}",
                            "/meta/stats",
                            "/meta/token",
                            "/api/telegram/users",
                            "/api/telegram/users/{id}",
                            "/api/telegram/invites",
                            "/api/telegram/invites/{id}");
            assertThat(document.path("components")
                            .path("schemas")
                            .path("Lead")
                            .path("properties")
                            .propertyNames())
                    .contains("id", "phone", "status", "duplicateOf", "history");
            // Every route the gateway has is described, so a new route without a description fails here.
            List<String> routedPaths = routes.getRouteDefinitions()
                    .flatMapIterable(RouteDefinition::getPredicates)
                    .filter(predicate -> predicate.getName().equals("Path"))
                    .flatMapIterable(predicate -> predicate.getArgs().values())
                    .map(pattern -> pattern.replace("/**", ""))
                    .collectList()
                    .block();
            assertThat(routedPaths)
                    .isNotEmpty()
                    .allSatisfy(routed -> assertThat(paths.propertyNames())
                            .as("documented paths under %s", routed)
                            .anyMatch(path -> path.equals(routed) || path.startsWith(routed + "/")));
            assertThat(paths.path("/meta/token")
                            .path("get")
                            .path("responses")
                            .path("401")
                            .path("content")
                            .has("application/problem+json"))
                    .isTrue();
            assertThat(document.path("paths")
                            .path("/api/admins")
                            .path("post")
                            .path("responses")
                            .path("403")
                            .path("content")
                            .has("application/problem+json"))
                    .isTrue();
            client.get().uri("/api/docs").exchange().expectStatus().is3xxRedirection();
        }

        @Test
        void healthIsPublic() {
            client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        }
    }

    private Browser signedInAdmin() {
        var browser = new Browser(client);
        assertThat(browser.login("admin", ADMIN_PASSWORD).getStatus()).isEqualTo(HttpStatus.OK);
        return browser;
    }

    private String issueKey(String... scopes) {
        return issueKey(signedInAdmin(), scopes);
    }

    private String issueKey(Browser admin, String... scopes) {
        EntityExchangeResult<byte[]> result =
                admin.post("/api/keys", Map.of("label", "test " + UUID.randomUUID(), "scopes", List.of(scopes)));
        assertThat(result.getStatus()).isEqualTo(HttpStatus.CREATED);
        return Browser.json(result).path("key").stringValue();
    }

    private static List<ConsumerRecord<String, byte[]>> published(String topic, String key) {
        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), topic)) {
            await().untilAsserted(() ->
                    assertThat(probe.about(key, Duration.ofMillis(200))).isNotEmpty());
            return probe.about(key, Duration.ZERO);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> onTopicWithKey(String topic, long key) {
        return TopicContents.upToNow(topic).stream()
                .filter(record -> Long.toString(key).equals(record.key()))
                .toList();
    }

    private static void assertNoLeadMentions(String marker) {
        assertThat(TopicContents.upToNow("leads.commands"))
                .noneMatch(record -> new String(record.value(), StandardCharsets.UTF_8).contains(marker));
    }

    private static Map<String, Object> update(long updateId, long chatId) {
        return Map.of(
                "update_id",
                updateId,
                "message",
                Map.of(
                        "message_id",
                        1,
                        "date",
                        1764000000,
                        "chat",
                        Map.of("id", chatId, "type", "private"),
                        "from",
                        Map.of("id", chatId, "is_bot", false, "first_name", "Иван"),
                        "text",
                        "/start"));
    }

    private static Map<String, List<String>> lowerCaseNames(Map<String, List<String>> headers) {
        var lower = new HashMap<String, List<String>>();
        headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), values));
        return lower;
    }

    private static long uniqueId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2);
    }
}
