package com.targetbot.sandbox.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.sandbox.SandboxHttp;
import com.targetbot.sandbox.SandboxTest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Connecting as one of the sandbox's people: the login dialog (page and automatic mode), the code exchange for a
 * short-lived token, {@code fb_exchange_token} for the long-lived one, and {@code debug_token} on each, also asked
 * inside a batch so the inspected token stays out of the URL.
 */
@SandboxTest
class GraphLoginTests {

    private static final String CALLBACK = "http://127.0.0.1:8080/auth/facebook/callback";
    private static final String APP_TOKEN = "sandbox-app|sandbox-app-secret";
    private static final String OLGA = "10000000000002";
    private static final String DIALOG = "/v23.0/dialog/oauth?client_id=sandbox-app&redirect_uri=" + CALLBACK
            + "&state=xyz&scope=ads_read,ads_management,leads_retrieval";

    /** Batch answers carry each body as a JSON string. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private SandboxHttp http;

    @AfterEach
    void reset() {
        http.post("/sandbox/graph/reset", "{}");
    }

    @Test
    void dialogPageOffersEveryPersonAndCancelInBothLanguages() {
        SandboxHttp.Reply page = http.get(DIALOG);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        String html = page.response().body();
        assertThat(html)
                .contains("Анна Смирнова", "Ольга Кузнецова", "Дмитрий Волков")
                .contains("Отмена · Cancel", "sandbox_person=" + OLGA, "sandbox_deny=true")
                .doesNotContain("TargetBot System User");
    }

    @Test
    void codeIsExchangedOnceForAShortLivedTokenAndThatForThePersonsLongLivedOne() {
        MultiValueMap<String, String> callback = redirect(http.get(DIALOG + "&sandbox_person=" + OLGA));
        assertThat(callback.getFirst("state")).isEqualTo("xyz");
        Map<String, String> exchange = Map.of(
                "client_id",
                "sandbox-app",
                "client_secret",
                "sandbox-app-secret",
                "redirect_uri",
                CALLBACK,
                "code",
                callback.getFirst("code"));

        JsonNode shortLived =
                http.postForm("/v23.0/oauth/access_token", exchange, null).json();
        JsonNode again =
                http.postForm("/v23.0/oauth/access_token", exchange, null).json();
        JsonNode longLived = http.postForm(
                        "/v23.0/oauth/access_token",
                        Map.of(
                                "grant_type", "fb_exchange_token",
                                "client_id", "sandbox-app",
                                "client_secret", "sandbox-app-secret",
                                "fb_exchange_token",
                                        shortLived.get("access_token").asString()),
                        null)
                .json();

        assertThat(shortLived.get("access_token").asString()).startsWith("short-");
        assertThat(shortLived.get("expires_in").asLong()).isEqualTo(7200);
        assertThat(again.at("/error/error_subcode").asInt()).isEqualTo(36009);
        assertThat(longLived.get("access_token").asString()).isEqualTo("sandbox-token-olga");
        assertThat(longLived.get("expires_in").asLong()).isEqualTo(5183944);
        JsonNode me = http.getAsBearer(
                        "/v23.0/me?fields=id,name&appsecret_proof="
                                + GraphAuth.appSecretProof("sandbox-app-secret", "sandbox-token-olga"),
                        "sandbox-token-olga")
                .json();
        assertThat(me.get("name").asString()).isEqualTo("Ольга Кузнецова");
    }

    @Test
    void deniedDialogSendsThePersonBackWithFacebooksError() {
        MultiValueMap<String, String> callback = redirect(http.get(DIALOG + "&sandbox_deny=true"));

        assertThat(callback.getFirst("error")).isEqualTo("access_denied");
        assertThat(callback.getFirst("error_reason")).isEqualTo("user_denied");
        assertThat(callback.getFirst("state")).isEqualTo("xyz");
        assertThat(callback.containsKey("code")).isFalse();
    }

    @Test
    void debugTokenInABatchReportsThePermissionsGrantedInTheDialog() {
        String code = redirect(
                        http.get(DIALOG + "&sandbox_person=" + OLGA + "&sandbox_scopes=ads_read,pages_show_list"))
                .getFirst("code");
        String shortLived = http.get("/v23.0/oauth/access_token?client_id=sandbox-app&client_secret=sandbox-app-secret"
                        + "&redirect_uri=" + CALLBACK + "&code=" + code)
                .json()
                .get("access_token")
                .asString();

        JsonNode answers = http.postForm(
                        "/v23.0/",
                        Map.of(
                                "include_headers",
                                "false",
                                "batch",
                                "[{\"method\":\"GET\",\"relative_url\":\"debug_token?input_token="
                                        + URLEncoder.encode(shortLived, StandardCharsets.UTF_8) + "\"},"
                                        + "{\"method\":\"GET\",\"relative_url\":\"me\"}]"),
                        APP_TOKEN)
                .json();

        assertThat(answers.get(0).get("code").asInt()).isEqualTo(200);
        JsonNode data = JSON.readTree(answers.get(0).get("body").asString()).get("data");
        assertThat(data.get("is_valid").asBoolean()).isTrue();
        assertThat(data.get("user_id").asString()).isEqualTo(OLGA);
        assertThat(data.get("type").asString()).isEqualTo("USER");
        assertThat(data.get("scopes").values())
                .extracting(JsonNode::asString)
                .containsExactly("ads_read", "pages_show_list");
        assertThat(answers.get(1).get("code").asInt()).isEqualTo(400);
    }

    @Test
    void batchWithAWrongAppTokenAnswersEachOperationWithGraphsError() {
        JsonNode answers = http.postForm(
                        "/v23.0/",
                        Map.of("batch", "[{\"method\":\"GET\",\"relative_url\":\"debug_token?input_token=x\"}]"),
                        "sandbox-app|wrong-secret")
                .json();

        assertThat(answers.get(0).get("code").asInt()).isEqualTo(400);
        assertThat(JSON.readTree(answers.get(0).get("body").asString())
                        .at("/error/code")
                        .asInt())
                .isEqualTo(190);
    }

    @Test
    void revokingOnePersonsTokenLeavesTheOthersValid() {
        http.post("/sandbox/graph/people/" + OLGA + "/token", "{\"expiresAt\":null,\"valid\":false}");

        JsonNode olga = debug("sandbox-token-olga");
        JsonNode anna = debug("sandbox-user-token");
        JsonNode system = debug("sandbox-system-user-token");

        assertThat(olga.get("is_valid").asBoolean()).isFalse();
        assertThat(olga.at("/error/subcode").asInt()).isEqualTo(460);
        assertThat(anna.get("is_valid").asBoolean()).isTrue();
        assertThat(system.get("type").asString()).isEqualTo("SYSTEM_USER");
        assertThat(system.get("expires_at").asLong()).isZero();
        assertThat(http.get("/sandbox/graph/people").json().values())
                .extracting(person -> person.get("name").asString())
                .containsExactly("Анна Смирнова", "Ольга Кузнецова", "Дмитрий Волков", "TargetBot System User");
    }

    private JsonNode debug(String token) {
        return http.getAsBearer("/v23.0/debug_token?input_token=" + token, APP_TOKEN)
                .json()
                .get("data");
    }

    private static MultiValueMap<String, String> redirect(SandboxHttp.Reply dialog) {
        assertThat(dialog.status()).isEqualTo(302);
        URI location = URI.create(dialog.header("Location"));
        assertThat(location.toString()).startsWith(CALLBACK + "?");
        return UriComponentsBuilder.fromUri(location).build().getQueryParams();
    }
}
