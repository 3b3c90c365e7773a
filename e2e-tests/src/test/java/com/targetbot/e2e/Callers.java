package com.targetbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.stack.LocalStack;
import com.targetbot.stack.Secrets;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The principals of the security tests, made the way a person would: admin accounts created by the bootstrap
 * admin through {@code /api/admins} (and signed in, with the forced first password change), API keys issued
 * through {@code /api/keys}. Every browser gets a loopback address of its own (see {@link Http}).
 */
final class Callers {

    static final String INITIAL_PASSWORD = "initial-password-from-the-admin";
    static final String OWN_PASSWORD = "a-password-of-my-own-choosing";

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();
    /** A bot invite link; the group is the {@code /start} token. */
    static final Pattern INVITE_LINK = Pattern.compile("https://t\\.me/\\w+\\?start=([A-Za-z0-9_-]+)");

    private final LocalStack stack;
    private final Caller admin;

    /** Someone calling the gateway: the browser (or client) and the headers every request of theirs carries. */
    record Caller(Http http, Map<String, String> headers) {

        HttpResponse<String> get(String path) {
            return http.get(path, headers);
        }

        HttpResponse<String> post(String path, String json) {
            return http.post(path, json, headers);
        }

        HttpResponse<String> patch(String path, String json) {
            return http.patch(path, json, headers);
        }

        HttpResponse<String> delete(String path) {
            return http.delete(path, headers);
        }

        /**
         * Has the gateway mint an invite for {@code role} and waits until telegram-service stored it from
         * {@code telegram.commands} (the link works from then on); returns the link's {@code /start} token.
         */
        String inviteToken(String role) {
            var invite = post("/api/telegram/invites", Http.toJson(Map.of("role", role)));
            assertThat(invite.statusCode()).as(invite.body()).isEqualTo(202);
            String link = Http.json(invite).get("link").asString();
            String id = Http.json(invite).get("id").asString();
            Matcher token = INVITE_LINK.matcher(link);
            assertThat(token.matches()).as(link).isTrue();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Http.json(ok(get("/api/telegram/invites")))
                            .get("items")
                            .valueStream()
                            .anyMatch(listed -> id.equals(listed.get("id").asString())));
            return token.group(1);
        }

        Caller with(String header, String value) {
            var more = new HashMap<>(headers);
            more.put(header, value);
            return new Caller(http, Map.copyOf(more));
        }
    }

    Callers(LocalStack stack) {
        this.stack = stack;
        Http browser = browser();
        signIn(browser, "admin", stack.secrets().get(Secrets.ADMIN_PASSWORD));
        this.admin = new Caller(browser, csrf(browser));
    }

    /** The bootstrap admin's session: not rate limited, so it is the one that polls for results. */
    Caller admin() {
        return admin;
    }

    /** A browser with no session yet, holding a CSRF token, so its writes are judged on credentials alone. */
    Caller anonymous() {
        Http browser = browser();
        return new Caller(browser, csrf(browser));
    }

    /** An admin account of {@code role} created by the bootstrap admin, signed in, its own password set. */
    Caller session(String role) {
        return signedIn(accountWithOwnPassword(role));
    }

    /** A session of an account made by {@link #accountWithOwnPassword}, in a browser of its own. */
    Caller signedIn(String username) {
        Http browser = browser();
        signIn(browser, username, OWN_PASSWORD);
        return new Caller(browser, csrf(browser));
    }

    /** A new account of {@code role} that has changed its initial password to {@link #OWN_PASSWORD}; its name. */
    String accountWithOwnPassword(String role) {
        String username = newAccount(role);
        Http browser = browser();
        signIn(browser, username, INITIAL_PASSWORD);
        var change = browser.post(
                "/api/auth/password",
                Http.toJson(Map.of("currentPassword", INITIAL_PASSWORD, "newPassword", OWN_PASSWORD)),
                csrf(browser));
        assertThat(change.statusCode()).as(change.body()).isEqualTo(204);
        return username;
    }

    /** An account signed in with its initial password, which it has not changed yet. */
    Caller sessionBeforeItsPasswordChange(String role) {
        String username = newAccount(role);
        Http browser = browser();
        JsonNode me = signIn(browser, username, INITIAL_PASSWORD);
        assertThat(me.get("mustChangePassword").asBoolean()).isTrue();
        return new Caller(browser, csrf(browser));
    }

    /** A new account of {@code role} with {@link #INITIAL_PASSWORD}; its name. */
    String newAccount(String role) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post(
                "/api/admins", Http.toJson(Map.of("username", username, "role", role, "password", INITIAL_PASSWORD)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username;
    }

    /** A client holding a new API key with {@code scopes}. */
    Caller key(String... scopes) {
        JsonNode issued = issueKey(Map.of("label", "e2e " + String.join("+", scopes), "scopes", List.of(scopes)));
        return keyCaller(issued);
    }

    /** The answer of {@code POST /api/keys} for {@code request}. */
    JsonNode issueKey(Map<String, Object> request) {
        var issued = admin.post("/api/keys", Http.toJson(request));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return Http.json(issued);
    }

    Caller keyCaller(JsonNode issued) {
        return new Caller(
                new Http(stack.config().url("gateway-service")),
                Map.of("X-Auth-Key", issued.get("key").asString()));
    }

    /** A browser of its own; see {@link Http#Http(String, InetAddress)}. */
    Http browser() {
        int n = NEXT_ADDRESS.incrementAndGet();
        try {
            InetAddress address =
                    InetAddress.getByAddress(new byte[] {127, 0, (byte) (2 + n / 250), (byte) (1 + n % 250)});
            return new Http(stack.config().url("gateway-service"), address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs the browser in; the body of the answer ({@code username, role, mustChangePassword}). */
    static JsonNode signIn(Http browser, String username, String password) {
        var login = browser.post(
                "/api/auth/login", Http.toJson(Map.of("username", username, "password", password)), csrf(browser));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return Http.json(login);
    }

    /** The resource at {@code location} once it exists, read by the admin session (which is not rate limited). */
    JsonNode stored(String location) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            var response = admin.get(location);
                            return response.statusCode() == 200 ? Http.json(response) : null;
                        },
                        found -> found != null);
    }

    /** The answer is an RFC 9457 problem of {@code status}. */
    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = Http.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
    }

    static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    /** A lead request body; the name gets a unique suffix so every lead is told apart in lists. */
    static String lead(String name, String phone) {
        return Http.toJson(
                Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 8), "phone", phone));
    }

    /** A random Russian mobile number, so leads of different tests are never each other's duplicates. */
    static String phone() {
        return "+7916" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    /** A fresh CSRF token of the browser as the header the SPA sends. */
    static Map<String, String> csrf(Http browser) {
        JsonNode token = Http.json(browser.get("/api/auth/csrf", Map.of()));
        return Map.of(token.get("headerName").asString(), token.get("token").asString());
    }
}
