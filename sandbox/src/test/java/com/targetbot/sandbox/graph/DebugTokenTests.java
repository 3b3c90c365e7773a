package com.targetbot.sandbox.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.sandbox.SandboxHttp;
import com.targetbot.sandbox.SandboxTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code debug_token} as Graph answers it, on a token whose expiry and validity the control API sets. */
@SandboxTest
class DebugTokenTests {

    private static final String TOKEN = "sandbox-user-token";
    private static final String APP_TOKEN = "sandbox-app%7Csandbox-app-secret";
    private static final String DEBUG = "/v23.0/debug_token?input_token=" + TOKEN + "&access_token=" + APP_TOKEN;
    private static final String ADS = "/v23.0/me/adaccounts?access_token=" + TOKEN + "&appsecret_proof="
            + GraphAuth.appSecretProof("sandbox-app-secret", TOKEN);

    @Autowired
    private SandboxHttp http;

    @BeforeEach
    void issueTheTokensAfresh() {
        http.post("/sandbox/graph/reset", "{}");
    }

    @AfterEach
    void reset() {
        http.post("/sandbox/graph/reset", "{}");
    }

    @Test
    void freshTokenIsValidForAboutSixtyDays() {
        long now = Instant.now().getEpochSecond();

        JsonNode data = http.get(DEBUG).json().get("data");

        assertThat(data.get("is_valid").asBoolean()).isTrue();
        assertThat(data.get("app_id").asString()).isEqualTo("sandbox-app");
        assertThat(data.get("type").asString()).isEqualTo("USER");
        assertThat(data.get("application").asString()).isEqualTo(GraphDebugTokenController.APPLICATION);
        assertThat(data.get("user_id").asString()).isEqualTo(GraphCatalog.USER_ID);
        assertThat(data.get("scopes").values()).extracting(JsonNode::asString).contains("ads_read");
        assertThat(data.get("expires_at").asLong())
                .isBetween(
                        now + Duration.ofDays(59).toSeconds(),
                        now + Duration.ofDays(61).toSeconds());
        assertThat(data.get("data_access_expires_at").asLong())
                .isGreaterThan(data.get("expires_at").asLong());
        assertThat(data.has("error")).isFalse();
    }

    @Test
    void expiryIsWhatTheControlApiSetAndZeroMeansNever() {
        Instant expiresAt = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);

        http.post("/sandbox/graph/token", "{\"expiresAt\":\"%s\",\"valid\":true}".formatted(expiresAt));
        long soon = http.get(DEBUG).json().at("/data/expires_at").asLong();
        http.post("/sandbox/graph/token", "{\"expiresAt\":null,\"valid\":true}");
        JsonNode never = http.get(DEBUG).json().get("data");

        assertThat(soon).isEqualTo(expiresAt.getEpochSecond());
        assertThat(never.get("expires_at").asLong()).isZero();
        assertThat(never.get("is_valid").asBoolean()).isTrue();
    }

    @Test
    void revokedTokenIsReportedInvalidWithItsReasonAndRefusedByDataCalls() {
        SandboxHttp.Reply control = http.post("/sandbox/graph/token", "{\"expiresAt\":null,\"valid\":false}");

        SandboxHttp.Reply debug = http.get(DEBUG);
        SandboxHttp.Reply ads = http.get(ADS);

        assertThat(control.json().get("valid").asBoolean()).isFalse();
        assertThat(debug.status()).isEqualTo(200);
        assertThat(debug.json().at("/data/is_valid").asBoolean()).isFalse();
        assertThat(debug.json().at("/data/error/code").asInt()).isEqualTo(190);
        assertThat(debug.json().at("/data/error/subcode").asInt()).isEqualTo(460);
        assertThat(debug.json().at("/data/error/message").asString()).contains("changed their password");
        assertThat(ads.status()).isEqualTo(400);
        assertThat(ads.json().at("/error/code").asInt()).isEqualTo(190);
        assertThat(ads.json().at("/error/error_subcode").asInt()).isEqualTo(460);
    }

    @Test
    void tokenPastItsExpiryIsInvalidWithSessionExpired() {
        http.post("/sandbox/graph/token", "{\"expiresAt\":\"2026-01-01T00:00:00Z\",\"valid\":true}");

        JsonNode data = http.get(DEBUG).json().get("data");

        assertThat(data.get("is_valid").asBoolean()).isFalse();
        assertThat(data.get("expires_at").asLong())
                .isEqualTo(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond());
        assertThat(data.at("/error/subcode").asInt()).isEqualTo(463);
        assertThat(data.at("/error/message").asString())
                .startsWith("Error validating access token: Session has expired");
        assertThat(http.get(ADS).json().at("/error/error_subcode").asInt()).isEqualTo(463);
    }

    @Test
    void wrongAppSecretInTheAppTokenIsAnOAuthError190() {
        SandboxHttp.Reply reply =
                http.get("/v23.0/debug_token?input_token=" + TOKEN + "&access_token=sandbox-app%7Cnot-the-secret");

        assertThat(reply.status()).isEqualTo(400);
        JsonNode error = reply.json().get("error");
        assertThat(error.get("type").asString()).isEqualTo("OAuthException");
        assertThat(error.get("code").asInt()).isEqualTo(190);
        assertThat(error.get("message").asString()).isEqualTo("Invalid OAuth access token signature.");
        assertThat(error.get("fbtrace_id").asString()).isNotEmpty();
    }

    @Test
    void unknownInputTokenIsInvalidWithoutTheUsersDetails() {
        JsonNode data = http.get("/v23.0/debug_token?input_token=someone-elses&access_token=" + APP_TOKEN)
                .json()
                .get("data");

        assertThat(data.get("is_valid").asBoolean()).isFalse();
        assertThat(data.at("/error/code").asInt()).isEqualTo(190);
        assertThat(data.has("user_id")).isFalse();
    }

    @Test
    void newLoginRenewsARevokedToken() {
        http.post("/sandbox/graph/token", "{\"expiresAt\":null,\"valid\":false}");
        String callback = "http://127.0.0.1:8080/auth/facebook/callback";
        String location = http.get("/v23.0/dialog/oauth?client_id=sandbox-app&sandbox_person=" + GraphCatalog.USER_ID
                        + "&redirect_uri=" + callback)
                .header("Location");
        String code = location.replaceAll(".*[?&]code=([0-9a-f]+).*", "$1");

        http.get("/v23.0/oauth/access_token?client_id=sandbox-app&client_secret=sandbox-app-secret&redirect_uri="
                + callback + "&code=" + code);

        assertThat(http.get(DEBUG).json().at("/data/is_valid").asBoolean()).isTrue();
        assertThat(http.get(ADS).status()).isEqualTo(200);
    }
}
