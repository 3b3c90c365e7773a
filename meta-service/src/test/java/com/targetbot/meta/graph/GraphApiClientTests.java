package com.targetbot.meta.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.targetbot.meta.graph.ScriptedGraphServer.Answer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

class GraphApiClientTests {

    static final String TOKEN = "user-token-that-must-not-leak";
    static final String SECRET = "app-secret";
    static final GraphAccessToken USER = new GraphAccessToken(TOKEN);

    final ScriptedGraphServer graph = new ScriptedGraphServer();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void stopServer() {
        graph.close();
    }

    @Test
    void appSecretProofIsTheHexHmacSha256OfTheTokenKeyedByTheAppSecret() {
        // RFC 4231, test case 2
        assertThat(GraphApiClient.appSecretProof("what do ya want for nothing?", "Jefe"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void readsAnEdgeToItsLastPageSigningEveryCall() {
        graph.on("/v23.0/me/adaccounts", Answer.json(200, """
                        {"data":[{"id":"act_1","name":"One","currency":"RUB","account_status":1},
                                 {"id":"act_2","name":"Two","currency":"USD","account_status":2}],
                         "paging":{"cursors":{"before":"b0","after":"c1=="},"next":"https://graph.example/next"}}
                        """))
                .on("/v23.0/me/adaccounts?after=c1==", Answer.json(200, """
                        {"data":[{"id":"act_3","name":"Three","currency":"EUR","account_status":1}],
                         "paging":{"cursors":{"before":"c1==","after":"c2"}}}
                        """));

        var accounts = AccountReads.adAccounts(client(graph.baseUrl()), USER);

        assertThat(accounts)
                .containsExactly(
                        new AccountReads.Account("act_1", "One", "RUB", 1),
                        new AccountReads.Account("act_2", "Two", "USD", 2),
                        new AccountReads.Account("act_3", "Three", "EUR", 1));
        assertThat(graph.requests())
                .hasSize(2)
                .allSatisfy(request -> assertThat(ScriptedGraphServer.query(request))
                        .doesNotContainKey("access_token")
                        .containsEntry("appsecret_proof", GraphApiClient.appSecretProof(TOKEN, SECRET))
                        .containsEntry("fields", "id,name,currency,account_status")
                        .containsEntry("limit", "25"));
        assertThat(ScriptedGraphServer.query(graph.requests().get(1))).containsEntry("after", "c1==");
        assertThat(graph.authorizations()).containsExactly("Bearer " + TOKEN, "Bearer " + TOKEN);
        assertThat(graph.requests())
                .allSatisfy(request -> assertThat(request.toString()).doesNotContain(TOKEN));
    }

    @Test
    void readsCampaignsWithTheirBudgetInMinorUnits() {
        graph.on("/v23.0/act_7/campaigns", Answer.json(200, """
                {"data":[{"id":"c1","name":"Leads","status":"ACTIVE","objective":"OUTCOME_LEADS","daily_budget":"150000"},
                         {"id":"c2","name":"Old","status":"PAUSED"}],
                 "paging":{"cursors":{"before":"x","after":"y"}}}
                """));

        var campaigns = AccountReads.campaigns(client(graph.baseUrl()), USER, "act_7");

        assertThat(campaigns)
                .containsExactly(
                        new AccountReads.Campaign("c1", "Leads", "ACTIVE", "OUTCOME_LEADS", 150000L),
                        new AccountReads.Campaign("c2", "Old", "PAUSED", null, null));
        assertThat(ScriptedGraphServer.query(graph.requests().getFirst()))
                .containsEntry("fields", "id,name,status,objective,daily_budget");
    }

    @Test
    void throttlingErrorIsRetryable() {
        graph.on("/v23.0/me/adaccounts", Answer.json(400, """
                {"error":{"message":"(#4) Application request limit reached","type":"OAuthException","code":4,
                          "fbtrace_id":"AbC123"}}
                """));

        var failure = catchThrowableOfType(
                GraphApiException.class, () -> AccountReads.adAccounts(client(graph.baseUrl()), USER));

        assertThat(failure.code()).isEqualTo(4);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).contains("Application request limit reached", "fbtrace_id AbC123");
    }

    @Test
    void businessUseCaseThrottlingIsRetryable() {
        graph.on("/v23.0/act_7/campaigns", Answer.json(400, """
                {"error":{"message":"There have been too many calls from this ad-account.","type":"OAuthException","code":80004}}
                """));

        var failure = catchThrowableOfType(
                GraphApiException.class, () -> AccountReads.campaigns(client(graph.baseUrl()), USER, "act_7"));

        assertThat(failure.code()).isEqualTo(80004);
        assertThat(failure.retryable()).isTrue();
    }

    @Test
    void invalidTokenIsNotRetryableAndTheTokenIsRedactedFromTheMessage() {
        graph.on("/v23.0/me/adaccounts", Answer.json(400, """
                {"error":{"message":"Malformed access token %s","type":"OAuthException","code":190}}
                """.formatted(TOKEN)));

        var failure = catchThrowableOfType(
                GraphApiException.class, () -> AccountReads.adAccounts(client(graph.baseUrl()), USER));

        assertThat(failure.code()).isEqualTo(190);
        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage()).contains("Malformed access token").doesNotContain(TOKEN);
    }

    @Test
    void serverErrorPageThatIsNotGraphJsonIsRetryableWithoutAGraphCode() {
        graph.on("/v23.0/me/adaccounts", new Answer(502, "text/html", "<html>Bad gateway</html>", Map.of()));

        var failure = catchThrowableOfType(
                GraphApiException.class, () -> AccountReads.adAccounts(client(graph.baseUrl()), USER));

        assertThat(failure.code()).isEqualTo(GraphApiException.NO_GRAPH_CODE);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).contains("HTTP 502");
    }

    @Test
    void unreachableApiIsRetryableAndTheMessageNamesNoUrl() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        var failure = catchThrowableOfType(
                GraphApiException.class,
                () -> AccountReads.adAccounts(client(URI.create("http://127.0.0.1:" + closedPort)), USER));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).startsWith("Graph API unreachable").doesNotContain(TOKEN, "access_token");
        assertThat(failure.getCause()).isNull();
    }

    @Test
    void appUsageHeaderIsExposedAsGauges() {
        graph.on(
                "/v23.0/me/adaccounts",
                new Answer(
                        200,
                        "application/json",
                        "{\"data\":[]}",
                        Map.of("X-App-Usage", "{\"call_count\":28,\"total_cputime\":9,\"total_time\":12}")));

        AccountReads.adAccounts(client(graph.baseUrl()), USER);

        assertThat(registry.get("meta.graph.app.usage")
                        .tag("metric", "call_count")
                        .gauge()
                        .value())
                .isEqualTo(28);
        assertThat(registry.get("meta.graph.app.usage")
                        .tag("metric", "total_time")
                        .gauge()
                        .value())
                .isEqualTo(12);
    }

    @Test
    void cursorThatNeverEndsIsCutOffAtTheConfiguredPageLimit() {
        graph.on("/v23.0/me/adaccounts", Answer.json(200, """
                        {"data":[],"paging":{"cursors":{"after":"loop"},"next":"https://graph.example/next"}}
                        """))
                .on("/v23.0/me/adaccounts?after=loop", Answer.json(200, """
                        {"data":[],"paging":{"cursors":{"after":"loop"},"next":"https://graph.example/next"}}
                        """));

        var failure = catchThrowableOfType(
                GraphApiException.class, () -> AccountReads.adAccounts(client(graph.baseUrl()), USER));

        assertThat(failure.retryable()).isFalse();
        assertThat(graph.requests()).hasSize(5);
    }

    GraphApiClient client(URI baseUrl) {
        var properties = new GraphProperties(
                baseUrl, "v23.0", "app", SECRET, 25, 5, Duration.ofSeconds(2), Duration.ofSeconds(5));
        return new GraphApiClient(
                RestClient.builder(),
                properties,
                new GraphAppUsage(registry, JsonMapper.shared()),
                GraphGovernorTests.governor(registry),
                JsonMapper.shared());
    }
}
