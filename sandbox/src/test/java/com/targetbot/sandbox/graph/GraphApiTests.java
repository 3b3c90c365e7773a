package com.targetbot.sandbox.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.sandbox.SandboxHttp;
import com.targetbot.sandbox.SandboxTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The Graph API over HTTP: auth checks, paging, fields, usage header. */
@SandboxTest
class GraphApiTests {

    private static final String TOKEN = "sandbox-user-token";
    private static final String PROOF = GraphAuth.appSecretProof("sandbox-app-secret", TOKEN);
    private static final String AUTH = "access_token=" + TOKEN + "&appsecret_proof=" + PROOF;

    @LocalServerPort
    int port;

    @Autowired
    private SandboxHttp http;

    @Test
    void userHasThreeRubleAdAccounts() {
        JsonNode page = http.get("/v23.0/me/adaccounts?fields=id,name,currency,account_status&" + AUTH)
                .json();

        assertThat(page.get("data").values())
                .extracting(a -> a.get("id").asString())
                .containsExactly("act_1000001", "act_1000002", "act_1000003");
        assertThat(page.at("/data/0/name").asString()).isEqualTo("Стоматология «Улыбка»");
        assertThat(page.at("/data/0/currency").asString()).isEqualTo("RUB");
        assertThat(page.at("/data/0/account_status").asInt()).isEqualTo(1);
        assertThat(page.at("/paging/next").isMissingNode()).isTrue();
    }

    @Test
    void tokenInTheAuthorizationHeaderIsAcceptedAndItsProofStillRequired() {
        SandboxHttp.Reply signed = http.getAsBearer("/v23.0/me/adaccounts?appsecret_proof=" + PROOF, TOKEN);
        SandboxHttp.Reply unsigned = http.getAsBearer("/v23.0/me/adaccounts", TOKEN);
        SandboxHttp.Reply wrongToken = http.getAsBearer("/v23.0/me/adaccounts?appsecret_proof=" + PROOF, "other");

        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.json().get("data").values()).hasSize(3);
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(unsigned.json().at("/error/message").asString()).contains("appsecret_proof");
        assertThat(wrongToken.status()).isEqualTo(400);
        assertThat(wrongToken.json().at("/error/code").asInt()).isEqualTo(190);
    }

    @Test
    void walkingAllCampaignPagesOfTheFirstAccountYieldsThirty() {
        List<JsonNode> campaigns = new ArrayList<>();
        String next = "http://127.0.0.1:" + port + "/v23.0/act_1000001/campaigns"
                + "?fields=id,name,status,objective,daily_budget,created_time&limit=25&" + AUTH;
        int pages = 0;
        while (next != null) {
            JsonNode page = http.get(pathOf(next)).json();
            page.get("data").values().forEach(campaigns::add);
            pages++;
            next = page.at("/paging/next").isMissingNode()
                    ? null
                    : page.at("/paging/next").asString();
        }

        assertThat(pages).isEqualTo(2);
        assertThat(campaigns).hasSize(30);
        assertThat(campaigns).extracting(c -> c.get("id").asString()).doesNotHaveDuplicates();
        JsonNode first = campaigns.getFirst();
        assertThat(first.get("status").asString()).isIn("ACTIVE", "PAUSED");
        assertThat(first.get("objective").asString()).startsWith("OUTCOME_");
        assertThat(first.get("daily_budget").isString()).isTrue();
        assertThat(first.get("created_time").asString()).isEqualTo("2026-10-01T10:00:00+0000");
    }

    @Test
    void campaignsAreFortyTwoInAll() {
        int total = 0;
        for (String account : List.of("act_1000001", "act_1000002", "act_1000003")) {
            total += http.get("/v24.0/" + account + "/campaigns?limit=100&" + AUTH)
                    .json()
                    .get("data")
                    .size();
        }

        assertThat(total).isEqualTo(42);
    }

    @Test
    void badAppSecretProofIsErrorHundred() {
        SandboxHttp.Reply reply =
                http.get("/v23.0/act_1000001/campaigns?access_token=" + TOKEN + "&appsecret_proof=" + "0".repeat(64));

        assertThat(reply.status()).isEqualTo(400);
        JsonNode error = reply.json().get("error");
        assertThat(error.get("code").asInt()).isEqualTo(100);
        assertThat(error.get("type").asString()).isEqualTo("OAuthException");
        assertThat(error.get("message").asString()).contains("appsecret_proof");
        assertThat(error.get("fbtrace_id").asString()).isNotEmpty();
    }

    @Test
    void unknownTokenIsErrorHundredNinety() {
        SandboxHttp.Reply reply = http.get("/v23.0/me/adaccounts?access_token=expired&appsecret_proof=" + PROOF);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/error/code").asInt()).isEqualTo(190);
    }

    @Test
    void everyAnswerReportsAppUsage() {
        SandboxHttp.Reply reply = http.get("/v23.0/me?" + AUTH);

        assertThat(reply.json().get("name").asString()).isEqualTo(GraphCatalog.USER_NAME);
        assertThat(reply.header("X-App-Usage"))
                .matches("\\{\"call_count\":\\d+,\"total_time\":\\d+,\"total_cputime\":\\d+}");
    }

    @Test
    void unknownFieldIsRefusedWithTheNodeType() {
        JsonNode error = http.get("/v23.0/act_1000002/campaigns?fields=name,clicks&" + AUTH)
                .json()
                .get("error");

        assertThat(error.get("message").asString())
                .isEqualTo("(#100) Tried accessing nonexisting field (clicks) on node type (Campaign)");
    }

    private static String pathOf(String absolute) {
        URI uri = URI.create(absolute);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
