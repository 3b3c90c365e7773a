package com.targetbot.e2e;

import static com.targetbot.e2e.Callers.assertProblem;
import static com.targetbot.e2e.Callers.lead;
import static com.targetbot.e2e.Callers.ok;
import static com.targetbot.e2e.Callers.phone;
import static com.targetbot.testkit.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.e2e.Callers.Caller;
import com.targetbot.stack.LocalStack;
import com.targetbot.stack.Secrets;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OWASP API Security Top 10 (2023) risks that apply to TargetBot, each shown against the running system
 * through the gateway. API6 (business flows), API7 (SSRF: no endpoint takes a URL) and API10 (consuming
 * Telegram and Graph) are not reachable from a client of the gateway; see docs/operations.md "Security tests".
 */
class OwaspApiTop10IT {

    private static final String ALL_SCOPES = "leads:write leads:read reports:read reports:write";

    private static LocalStack stack;
    private static Callers callers;
    private static Caller admin;

    @BeforeAll
    static void signInTheBootstrapAdmin() {
        stack = E2eStack.get();
        callers = new Callers(stack);
        admin = callers.admin();
    }

    @Test
    @DisplayName("API1:2023 Broken Object Level Authorization: an Idempotency-Key names only its own caller's lead")
    void idempotencyKeyOfOneCallerNeverAnswersWithAnotherCallersLead() {
        Caller first = callers.key("leads:write");
        Caller second = callers.key("leads:write");
        String idempotencyKey = "shared-" + UUID.randomUUID();

        var mine = first.with("Idempotency-Key", idempotencyKey).post("/api/leads", lead("Мой лид", phone()));
        var theirs = second.with("Idempotency-Key", idempotencyKey).post("/api/leads", lead("Их лид", phone()));

        assertThat(mine.statusCode()).isEqualTo(202);
        assertThat(theirs.statusCode()).isEqualTo(202);
        String mineAt = mine.headers().firstValue("Location").orElseThrow();
        String theirsAt = theirs.headers().firstValue("Location").orElseThrow();
        assertThat(theirsAt).isNotEqualTo(mineAt);
        assertThat(callers.stored(mineAt).get("createdBy").asString()).isEqualTo(requester(first));
        assertThat(callers.stored(theirsAt).get("createdBy").asString()).isEqualTo(requester(second));
    }

    @Test
    @DisplayName("API1:2023 Broken Object Level Authorization: a key's usage log is the admins', not the key holder's")
    void apiKeyUsageLogIsReadableByAdminsOnly() {
        JsonNode issued = callers.issueKey(Map.of("label", "usage owner", "scopes", List.of("leads:read")));
        Caller holder = callers.keyCaller(issued);
        String prefix = issued.get("details").get("prefix").asString();
        assertThat(holder.get("/api/leads?limit=1").statusCode()).isEqualTo(200);
        Caller viewer = callers.session("viewer");

        var byItsHolder = holder.get("/api/keys/" + prefix + "/usage");
        var byAViewer = viewer.get("/api/keys/" + prefix + "/usage");
        var ofNoKey = admin.get("/api/keys/zz" + prefix.substring(2) + "/usage");

        assertProblem(byItsHolder, 403);
        assertProblem(byAViewer, 403);
        assertProblem(ofNoKey, 404);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                ok(admin.get("/api/keys/" + prefix + "/usage")).body())
                        .contains("/api/leads"));
    }

    @Test
    @DisplayName("API1:2023 Broken Object Level Authorization: who a request comes from is never taken from the client")
    void principalHeaderSentByAClientIsIgnored() {
        Caller key = callers.key("leads:write");

        var created = key.with("X-TargetBot-Principal", "admin:admin").post("/api/leads", lead("Подмена", phone()));

        assertThat(created.statusCode()).isEqualTo(202);
        JsonNode lead = callers.stored(created.headers().firstValue("Location").orElseThrow());
        assertThat(lead.get("createdBy").asString()).isEqualTo(requester(key));
    }

    @Test
    @DisplayName(
            "API1:2023 Broken Object Level Authorization: an account changes only its own password and never its own role")
    void accountsChangeOnlyTheirOwnPasswordAndAdminsCannotDemoteThemselves() {
        Caller viewer = callers.session("viewer");
        String adminPassword = stack.secrets().get(Secrets.ADMIN_PASSWORD);

        var othersPassword = viewer.post(
                "/api/auth/password",
                Http.toJson(Map.of("currentPassword", adminPassword, "newPassword", "taken-over-by-a-viewer")));
        var ownRole = admin.patch("/api/admins/admin", "{\"role\":\"viewer\"}");

        assertProblem(othersPassword, 400);
        assertThatProblem(othersPassword).hasFieldError("currentPassword", "incorrect");
        assertProblem(ownRole, 400);
        assertThat(Http.json(admin.get("/api/auth/me")).get("role").asString()).isEqualTo("admin");
        Callers.signIn(callers.browser(), "admin", adminPassword);
    }

    @Test
    @DisplayName("API2:2023 Broken Authentication: an expired API key is refused")
    void expiredApiKeyIsRefused() {
        JsonNode issued = callers.issueKey(Map.of(
                "label", "short-lived",
                "scopes", List.of("leads:read"),
                "expiresAt", Instant.now().plusSeconds(3).toString()));
        Caller key = callers.keyCaller(issued);
        assertThat(key.get("/api/leads?limit=1").statusCode()).isEqualTo(200);

        var expired = await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> key.get("/api/leads?limit=1"), response -> response.statusCode() != 200);

        assertProblem(expired, 401);
        assertThat(Http.json(expired).get("detail").asString()).contains("expired");
    }

    @Test
    @DisplayName(
            "API2:2023 Broken Authentication: a revoked API key is refused at once, unknown and malformed keys too")
    void revokedApiKeyIsRefusedAtOnce() {
        JsonNode issued = callers.issueKey(Map.of("label", "to revoke", "scopes", List.of("leads:read")));
        Caller key = callers.keyCaller(issued);
        String prefix = issued.get("details").get("prefix").asString();
        assertThat(key.get("/api/leads?limit=1").statusCode()).isEqualTo(200);

        assertThat(admin.delete("/api/keys/" + prefix).statusCode()).isEqualTo(204);
        var revoked = key.get("/api/leads?limit=1");
        var unknown = key.with("X-Auth-Key", "tb_unknown0_" + "x".repeat(43)).get("/api/leads?limit=1");
        var malformed = key.with("X-Auth-Key", "not-a-key").get("/api/leads?limit=1");

        assertProblem(revoked, 401);
        assertProblem(unknown, 401);
        assertProblem(malformed, 401);
        assertThat(keyListed(prefix).get("revoked").asBoolean()).isTrue();
    }

    @Test
    @DisplayName(
            "API2:2023 Broken Authentication: repeated wrong passwords lock the account out, even for the right one")
    void wrongPasswordsLockTheAccountOut() {
        String username = callers.newAccount("viewer");
        Http browser = callers.browser();
        List<Integer> wrong = new ArrayList<>();

        for (int attempt = 0; attempt < 5; attempt++) {
            wrong.add(login(browser, username, "not-the-password-" + attempt).statusCode());
        }
        var locked = login(browser, username, Callers.INITIAL_PASSWORD);

        assertThat(wrong).containsOnly(401);
        assertProblem(locked, 429);
        assertThat(locked.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isPositive());
    }

    @Test
    @DisplayName("API2:2023 Broken Authentication: signing in issues a new session id and the previous one is dead")
    void signingInReplacesTheSessionIdAndThePreviousOneIsDead() {
        String username = callers.newAccount("viewer");
        Http browser = signedIn(username);
        String before = browser.cookie("SESSION").orElseThrow();

        Callers.signIn(browser, username, Callers.INITIAL_PASSWORD);
        String after = browser.cookie("SESSION").orElseThrow();

        assertThat(after).isNotEqualTo(before);
        assertProblem(meWithSession(before), 401);
        assertThat(meWithSession(after).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("API2:2023 Broken Authentication: logging out ends the session on the server")
    void loggingOutEndsTheSession() {
        Http browser = signedIn(callers.newAccount("viewer"));
        String session = browser.cookie("SESSION").orElseThrow();

        var logout = browser.post("/api/auth/logout", "", Callers.csrf(browser));

        assertThat(logout.statusCode()).isEqualTo(204);
        assertProblem(meWithSession(session), 401);
        assertProblem(browser.get("/api/auth/me", Map.of()), 401);
    }

    @Test
    @DisplayName(
            "API3:2023 Broken Object Property Level Authorization: a new lead's server-owned fields are the server's")
    void clientCannotSetServerOwnedFieldsOfANewLead() {
        Caller key = callers.key("leads:write");
        Instant before = Instant.now();
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Массовое присвоение");
        body.put("phone", phone());
        body.put("id", "chosen-by-client");
        body.put("status", "won");
        body.put("source", "telegram");
        body.put("createdAt", "2001-01-01T00:00:00Z");
        body.put("createdBy", "admin:admin");
        body.put("duplicateOf", "chosen-by-client");
        body.put("assignee", "client");

        var created = key.post("/api/leads", Http.toJson(body));

        assertThat(created.statusCode()).isEqualTo(202);
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonNode lead = callers.stored(location);
        assertThat(location).endsWith("/" + lead.get("id").asString());
        assertThat(lead.get("id").asString()).isNotEqualTo("chosen-by-client");
        assertThat(lead.get("status").asString()).isEqualTo("new");
        assertThat(lead.get("source").asString()).isEqualTo("api");
        assertThat(Instant.parse(lead.get("createdAt").asString())).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(lead.get("createdBy").asString()).isEqualTo(requester(key));
        assertThat(lead.path("duplicateOf").isString()).isFalse();
        assertThat(lead.path("assignee").isString()).isFalse();
    }

    @Test
    @DisplayName(
            "API3:2023 Broken Object Property Level Authorization: a change naming server-owned fields is refused by name")
    void changeOfServerOwnedLeadFieldsIsRefusedByName() {
        Caller key = callers.key("leads:write");
        String location = key.post("/api/leads", lead("Неизменный", phone()))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        callers.stored(location);

        var patched = key.patch(
                location,
                Http.toJson(Map.of(
                        "status", "won",
                        "id", "other",
                        "createdAt", "2001-01-01T00:00:00Z",
                        "duplicateOf", "other",
                        "createdBy", "admin:admin",
                        "source", "telegram")));

        assertProblem(patched, 400);
        assertThat(Http.json(patched)
                        .get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .contains("id", "createdAt", "duplicateOf", "createdBy", "source")
                .doesNotContain("status");
        assertThat(callers.stored(location).get("status").asString()).isEqualTo("new");
    }

    @Test
    @DisplayName("API3:2023 Broken Object Property Level Authorization: key and account listings expose no secret")
    void listingsOfKeysAndAccountsExposeNoSecret() {
        JsonNode issued = callers.issueKey(Map.of("label", "listed", "scopes", List.of("reports:read")));
        callers.newAccount("manager");

        var keys = ok(admin.get("/api/keys"));
        var accounts = ok(admin.get("/api/admins"));

        assertThat(keys.body())
                .contains(issued.get("details").get("prefix").asString())
                .doesNotContain(issued.get("key").asString());
        assertThat(Http.json(keys).get("items").valueStream().flatMap(key -> key.propertyNames().stream()))
                .containsOnly(
                        "prefix", "label", "scopes", "createdAt", "expiresAt", "lastUsedAt", "useCount", "revoked");
        assertThat(accounts.body()).doesNotContain("$argon2");
        assertThat(Http.json(accounts).get("items").valueStream().flatMap(account -> account.propertyNames().stream()))
                .containsOnly("username", "role", "enabled", "createdAt", "mustChangePassword");
    }

    @Test
    @DisplayName("API4:2023 Unrestricted Resource Consumption: an oversized body is refused with 413")
    void oversizedBodyIsRefused() {
        Caller key = callers.key("leads:write");

        var lead = key.post("/api/leads", Http.toJson(Map.of("name", "Большой", "comment", "x".repeat(70_000))));
        var login = callers.anonymous()
                .post("/api/auth/login", Http.toJson(Map.of("username", "admin", "password", "x".repeat(5_000))));

        assertProblem(lead, 413);
        assertProblem(login, 413);
    }

    @Test
    @DisplayName("API4:2023 Unrestricted Resource Consumption: a page larger than the cap is refused")
    void pageAboveTheCapIsRefused() {
        Caller key = callers.key("leads:read");

        var atTheCap = key.get("/api/leads?limit=200");
        var aboveTheCap = key.get("/api/leads?limit=201");
        var usageAboveTheCap = admin.get("/api/keys/" + prefixOf(key) + "/usage?limit=1000");

        assertThat(atTheCap.statusCode()).isEqualTo(200);
        assertThat(Http.json(atTheCap).get("items").size()).isLessThanOrEqualTo(200);
        assertProblem(aboveTheCap, 400);
        assertThatProblem(aboveTheCap).hasFieldError("limit", "out_of_range");
        assertProblem(usageAboveTheCap, 400);
        assertThatProblem(usageAboveTheCap).hasFieldError("limit", "out_of_range");
    }

    @Test
    @DisplayName("API4:2023 Unrestricted Resource Consumption: a key over its rate limit gets 429 with Retry-After")
    void keyOverItsRateLimitIsToldWhenToRetry() {
        Caller key = callers.key("leads:read");
        int allowed = 0;
        HttpResponse<String> response;

        do {
            response = key.get("/api/leads?limit=1");
            allowed += response.statusCode() == 200 ? 1 : 0;
        } while (response.statusCode() == 200 && allowed <= 200);

        assertThat(allowed).isEqualTo(120);
        assertProblem(response, 429);
        assertThat(response.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 60L));
        assertThat(callers.key("leads:read").get("/api/leads?limit=1").statusCode())
                .as("another key has its own budget")
                .isEqualTo(200);
    }

    @Test
    @DisplayName("API5:2023 Broken Function Level Authorization: viewers and managers cannot administer")
    void viewersAndManagersCannotIssueKeysCreateAccountsOrSyncMeta() {
        for (Caller session : List.of(callers.session("viewer"), callers.session("manager"))) {
            assertProblem(session.post("/api/keys", "{\"label\":\"mine\",\"scopes\":[\"leads:read\"]}"), 403);
            assertProblem(session.get("/api/keys"), 403);
            assertProblem(
                    session.post(
                            "/api/admins",
                            Http.toJson(Map.of("username", "self-made", "role", "admin", "password", "p".repeat(16)))),
                    403);
            assertProblem(session.patch("/api/admins/admin", "{\"enabled\":false}"), 403);
            assertProblem(session.post("/meta/sync", "{}"), 403);
        }
        Caller viewer = callers.session("viewer");
        assertProblem(viewer.post("/api/leads", lead("Зритель", phone())), 403);
        assertThat(viewer.get("/api/dashboard").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName(
            "API5:2023 Broken Function Level Authorization: an API key, even with every scope, reaches no admin function")
    void apiKeyWithEveryScopeReachesNoAdminFunction() {
        Caller key = callers.key(ALL_SCOPES.split(" "));

        assertProblem(key.get("/api/admins"), 403);
        assertProblem(
                key.post(
                        "/api/admins",
                        Http.toJson(Map.of("username", "by-a-key", "role", "admin", "password", "p".repeat(16)))),
                403);
        assertProblem(key.get("/api/keys"), 403);
        assertProblem(key.post("/api/keys", "{\"label\":\"escalated\",\"scopes\":[\"leads:read\"]}"), 403);
        assertProblem(key.post("/meta/sync", "{}"), 403);
        assertProblem(key.get("/api/dashboard"), 403);
        assertThat(Http.json(admin.get("/api/admins")).get("items").toString()).doesNotContain("by-a-key");
    }

    @Test
    @DisplayName("API8:2023 Security Misconfiguration: no credential is accepted in a URL")
    void credentialsInTheUrlAreRefused() {
        JsonNode issued = callers.issueKey(Map.of("label", "in a url", "scopes", List.of("leads:read")));
        String key = issued.get("key").asString();
        Http client = callers.browser();

        for (String parameter : List.of("api_key", "key", "token", "access_token", "X-Auth-Key")) {
            var refused = client.get("/api/leads?" + parameter + "=" + key, Map.of());
            assertProblem(refused, 400);
            assertThatProblem(refused).hasFieldError(parameter, "not_allowed");
        }
        assertThat(keyListed(issued.get("details").get("prefix").asString())
                        .get("useCount")
                        .asLong())
                .isZero();
    }

    @Test
    @DisplayName("API8:2023 Security Misconfiguration: security headers on API answers, the SPA and the session cookie")
    void securityHeadersArePresent() {
        Caller key = callers.key("leads:read");
        Http browser = callers.browser();
        var login = browser.post(
                "/api/auth/login",
                Http.toJson(
                        Map.of("username", "admin", "password", stack.secrets().get(Secrets.ADMIN_PASSWORD))),
                Callers.csrf(browser));

        for (HttpResponse<String> response :
                List.of(key.get("/api/leads?limit=1"), browser.get("/admin/", Map.of()), login)) {
            var headers = response.headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        }
        assertThat(key.get("/api/leads?limit=1").headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        assertThat(login.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("SESSION="))
                .singleElement()
                .satisfies(cookie ->
                        assertThat(cookie).containsIgnoringCase("; HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    @DisplayName("API8:2023 Security Misconfiguration: errors are problem details and never leak internals")
    void errorsNeverLeakStackTraces() {
        Caller key = callers.key("leads:read", "leads:write");
        Http raw = callers.browser();
        Map<String, String> keyHeader = key.headers();

        List<HttpResponse<String>> errors = List.of(
                key.post("/api/leads", "{\"name\": \"broken"),
                key.post("/api/leads", "[1, 2, 3]"),
                key.patch("/api/leads/not%20an%20id!", "{\"status\":\"won\"}"),
                key.get("/api/leads?status=bogus"),
                key.get("/api/leads?from=yesterday"),
                key.get("/api/leads?limit=99999999999999"),
                key.get("/api/leads?cursor=%00%01"),
                key.get("/api/leads/" + UUID.randomUUID()),
                key.get("/api/no-such-endpoint"),
                key.delete("/api/leads"),
                raw.get("/api/reports", keyHeader));

        for (HttpResponse<String> error : errors) {
            assertThat(error.statusCode()).as(error.body()).isBetween(400, 499);
            assertThat(error.headers().firstValue("Content-Type"))
                    .as(error.body())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(error.body())
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ")
                    .doesNotContain("java.")
                    .doesNotContain("springframework")
                    .doesNotContain("\"trace\"");
        }
    }

    @Test
    @DisplayName("API8:2023 Security Misconfiguration: a browser write without the CSRF token is refused")
    void browserWriteWithoutTheCsrfTokenIsRefused() {
        Http browser = admin.http();
        String body = lead("Подделка запроса", phone());

        var withoutToken = browser.post("/api/leads", body, Map.of());
        var withAWrongToken = browser.post("/api/leads", body, Map.of("X-XSRF-TOKEN", "forged"));
        var withTheToken = admin.post("/api/leads", body);

        assertProblem(withoutToken, 403);
        assertThat(Http.json(withoutToken).get("detail").asString()).contains("CSRF");
        assertProblem(withAWrongToken, 403);
        assertThat(withTheToken.statusCode()).isEqualTo(202);
    }

    @Test
    @DisplayName("API8:2023 Security Misconfiguration: CORS is not open to other origins")
    void corsIsNotOpenToOtherOrigins() {
        Caller key = callers.key("leads:read");
        Map<String, String> preflight = Map.of(
                "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "X-Auth-Key, Content-Type");

        var answer = callers.browser().options("/api/leads", preflight);
        var read = key.with("Origin", "https://evil.example").get("/api/leads?limit=1");

        assertProblem(answer, 401);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(answer.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    @DisplayName("API9:2023 Improper Inventory Management: only the documented endpoints exist")
    void onlyDocumentedEndpointsExist() {
        var openApi = callers.browser().get("/api/docs/openapi.json", Map.of());

        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/leads").contains("/api/keys");
        for (String internal :
                List.of("/actuator/env", "/actuator/heapdump", "/actuator/beans", "/actuator/configprops")) {
            assertProblem(admin.get(internal), 404);
        }
    }

    private static HttpResponse<String> login(Http browser, String username, String password) {
        return browser.post(
                "/api/auth/login",
                Http.toJson(Map.of("username", username, "password", password)),
                Callers.csrf(browser));
    }

    private static Http signedIn(String username) {
        Http browser = callers.browser();
        Callers.signIn(browser, username, Callers.INITIAL_PASSWORD);
        return browser;
    }

    /** {@code /api/auth/me} from a client that presents only {@code session} as its session cookie. */
    private static HttpResponse<String> meWithSession(String session) {
        return callers.browser().get("/api/auth/me", Map.of("Cookie", "SESSION=" + session));
    }

    private static JsonNode keyListed(String prefix) {
        for (JsonNode key : Http.json(ok(admin.get("/api/keys"))).get("items")) {
            if (prefix.equals(key.get("prefix").asString())) {
                return key;
            }
        }
        throw new AssertionError("no key " + prefix + " in the list");
    }

    private static String requester(Caller key) {
        return "api-key:" + prefixOf(key);
    }

    private static String prefixOf(Caller key) {
        return key.headers().get("X-Auth-Key").substring(3, 11);
    }
}
