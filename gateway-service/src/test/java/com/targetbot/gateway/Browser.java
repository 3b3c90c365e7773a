package com.targetbot.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.testkit.ProblemAssert;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser for the admin API: keeps cookies between calls and echoes the CSRF token on writes, fetching
 * a new one after the gateway dropped it (on login and logout).
 */
final class Browser {

    private static final JsonMapper JSON = new JsonMapper();

    private final WebTestClient client;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private @Nullable String csrfToken;

    Browser(WebTestClient client) {
        this.client = client;
    }

    /** A session of a new account of the role, created by the first admin and past its first password change. */
    static Browser signedInAsNew(WebTestClient client, String role) {
        String initialPassword = "initial-password-from-an-admin";
        var admin = new Browser(client);
        assertThat(admin.login("admin", GatewayIntegration.ADMIN_PASSWORD).getStatus())
                .isEqualTo(HttpStatus.OK);
        String username = role + "-" + UUID.randomUUID();
        assertThat(admin.post("/api/admins", Map.of("username", username, "role", role, "password", initialPassword))
                        .getStatus())
                .isEqualTo(HttpStatus.CREATED);
        var session = new Browser(client);
        assertThat(session.login(username, initialPassword).getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(session.post(
                                "/api/auth/password",
                                Map.of("currentPassword", initialPassword, "newPassword", "a-password-of-my-own"))
                        .getStatus())
                .isEqualTo(HttpStatus.NO_CONTENT);
        return session;
    }

    String fetchCsrfToken() {
        EntityExchangeResult<byte[]> result = get("/api/auth/csrf");
        JsonNode body = json(result);
        csrfToken = body.path("token").stringValue();
        return csrfToken;
    }

    EntityExchangeResult<byte[]> login(String username, String password) {
        fetchCsrfToken();
        return post("/api/auth/login", Map.of("username", username, "password", password));
    }

    EntityExchangeResult<byte[]> get(String uri) {
        return remember(client.get()
                .uri(uri)
                .cookies(jar -> cookies.forEach(jar::add))
                .exchange()
                .expectBody()
                .returnResult());
    }

    /** A write carrying the current CSRF token (fetched first when there is none yet). */
    EntityExchangeResult<byte[]> post(String uri, @Nullable Object body) {
        if (csrfToken == null) {
            fetchCsrfToken();
        }
        return send(uri, body, csrfToken);
    }

    EntityExchangeResult<byte[]> patch(String uri, Object body) {
        if (csrfToken == null) {
            fetchCsrfToken();
        }
        return remember(client.patch()
                .uri(uri)
                .cookies(jar -> cookies.forEach(jar::add))
                .header("X-XSRF-TOKEN", csrfToken)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectBody()
                .returnResult());
    }

    EntityExchangeResult<byte[]> delete(String uri) {
        if (csrfToken == null) {
            fetchCsrfToken();
        }
        return remember(client.delete()
                .uri(uri)
                .cookies(jar -> cookies.forEach(jar::add))
                .header("X-XSRF-TOKEN", csrfToken)
                .exchange()
                .expectBody()
                .returnResult());
    }

    EntityExchangeResult<byte[]> postWithoutCsrf(String uri, @Nullable Object body) {
        return send(uri, body, null);
    }

    @Nullable String cookie(String name) {
        return cookies.get(name);
    }

    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    /** The answer is problem+json whose {@code status} member is the answer's status; assertions on its document. */
    static ProblemAssert assertThatProblem(WebTestClient.ResponseSpec response) {
        return assertThatProblem(response.expectBody().returnResult());
    }

    static ProblemAssert assertThatProblem(EntityExchangeResult<byte[]> result) {
        MediaType type = result.getResponseHeaders().getContentType();
        return ProblemAssert.assertThatProblem(
                result.getStatus().value(), type == null ? null : type.toString(), result.getResponseBody());
    }

    static JsonNode json(EntityExchangeResult<byte[]> result) {
        byte[] body = result.getResponseBody();
        return JSON.readTree(body == null ? new byte[0] : body);
    }

    private EntityExchangeResult<byte[]> send(String uri, @Nullable Object body, @Nullable String token) {
        var request = client.post().uri(uri).cookies(jar -> cookies.forEach(jar::add));
        if (token != null) {
            request = request.header("X-XSRF-TOKEN", token);
        }
        var spec = body == null
                ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .exchange();
        return remember(spec.expectBody().returnResult());
    }

    private EntityExchangeResult<byte[]> remember(EntityExchangeResult<byte[]> result) {
        result.getResponseCookies().forEach((name, values) -> {
            ResponseCookie cookie = values.getLast();
            if (cookie.getMaxAge().isZero() || cookie.getValue().isEmpty()) {
                cookies.remove(name);
                if (name.equals("XSRF-TOKEN")) {
                    csrfToken = null;
                }
            } else {
                cookies.put(name, cookie.getValue());
            }
        });
        return result;
    }
}
