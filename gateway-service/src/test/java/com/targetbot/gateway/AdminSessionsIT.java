package com.targetbot.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class AdminSessionsIT extends GatewayIntegration {

    @Test
    void adminSignsInReadsWhoTheyAreAndSignsOut() {
        var browser = new Browser(client);

        String token = browser.fetchCsrfToken();
        assertThat(browser.cookie("XSRF-TOKEN")).isEqualTo(token);
        EntityExchangeResult<byte[]> login =
                browser.post("/api/auth/login", Map.of("username", "admin", "password", ADMIN_PASSWORD));

        assertThat(login.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(Browser.json(login).toString())
                .isEqualTo("{\"username\":\"admin\",\"role\":\"admin\",\"mustChangePassword\":false,"
                        + "\"agencyZone\":\"Europe/Moscow\"}");
        ResponseCookie session = login.getResponseCookies().getFirst("SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(Browser.json(browser.get("/api/auth/me")).path("username").stringValue())
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
            assertThat(browser.login(username, "guess-" + attempt).getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
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
