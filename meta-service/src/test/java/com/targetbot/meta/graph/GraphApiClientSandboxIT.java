package com.targetbot.meta.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.targetbot.testkit.SandboxFixture;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The client against the sandbox, which checks tokens and proofs and pages the way Graph does. */
class GraphApiClientSandboxIT {

    static final String TOKEN = "sandbox-user-token";
    static final GraphAccessToken SANDBOX_TOKEN = new GraphAccessToken(TOKEN);

    @Test
    void readsEveryAdAccountAndCampaignAcrossPages() {
        var graph = client("sandbox-app-secret", 5);

        var accounts = AccountReads.adAccounts(graph, SANDBOX_TOKEN);
        int campaigns = accounts.stream()
                .mapToInt(account -> AccountReads.campaigns(graph, SANDBOX_TOKEN, account.id())
                        .size())
                .sum();

        assertThat(accounts).hasSize(3).allSatisfy(account -> {
            assertThat(account.id()).startsWith("act_");
            assertThat(account.currency()).isNotBlank();
        });
        assertThat(campaigns).isEqualTo(42);
    }

    @Test
    void wrongAppSecretIsRefusedWithCode100AndNoTokenInTheMessage() {
        var graph = client("not-the-app-secret", 25);

        var failure =
                catchThrowableOfType(GraphApiException.class, () -> AccountReads.adAccounts(graph, SANDBOX_TOKEN));

        assertThat(failure.code()).isEqualTo(100);
        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage())
                .doesNotContain(TOKEN)
                .doesNotContain(GraphApiClient.appSecretProof(TOKEN, "not-the-app-secret"));
    }

    @Test
    void debugTokenReportsTheSandboxUsersTokenValidForAboutSixtyDays() {
        var info = debugToken(client("sandbox-app-secret", 25));

        assertThat(info.valid()).isTrue();
        assertThat(info.problem()).isNull();
        assertThat(info.userId()).isEqualTo("10000000000001");
        assertThat(info.type()).isEqualTo("USER");
        assertThat(info.scopes()).contains("ads_read", "business_management");
        assertThat(info.expiresAt())
                .isBetween(
                        Instant.now().plus(Duration.ofDays(59)), Instant.now().plus(Duration.ofDays(61)));
    }

    @Test
    void debugTokenWithAWrongAppSecretIsError190WithoutTheSecretInTheMessage() {
        var failure = catchThrowableOfType(GraphApiException.class, () -> debugToken(client("not-the-app-secret", 25)));

        assertThat(failure.code()).isEqualTo(190);
        assertThat(failure.getMessage()).contains("signature").doesNotContain("not-the-app-secret");
    }

    static GraphApiClient client(String appSecret, int pageSize) {
        var properties = new GraphProperties(
                URI.create(SandboxFixture.baseUrl()),
                "v23.0",
                "sandbox-app",
                appSecret,
                pageSize,
                400,
                Duration.ofSeconds(2),
                Duration.ofSeconds(10));
        var registry = new SimpleMeterRegistry();
        return new GraphApiClient(
                RestClient.builder(),
                properties,
                new GraphAppUsage(registry, JsonMapper.shared()),
                GraphGovernorTests.governor(registry),
                JsonMapper.shared());
    }

    private static GraphTokenInfo debugToken(GraphApiClient client) {
        return client.debugToken(SANDBOX_TOKEN);
    }
}
