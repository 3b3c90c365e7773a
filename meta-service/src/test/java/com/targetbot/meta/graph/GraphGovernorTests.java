package com.targetbot.meta.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetbot.meta.graph.ScriptedGraphServer.Answer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The client slows down when Meta's usage headers near the limit and waits out a throttled account. */
class GraphGovernorTests {

    private static final ParameterizedTypeReference<JsonNode> NODE = new ParameterizedTypeReference<>() {};
    private static final GraphAccessToken TOKEN = new GraphAccessToken("token");

    final ScriptedGraphServer graph = new ScriptedGraphServer();
    final MeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void stop() {
        graph.close();
    }

    /** A governor with short pauses: 30 ms at the threshold, 200 ms after throttling without a regain time. */
    static GraphGovernor governor(MeterRegistry registry) {
        return new GraphGovernor(
                new GraphGovernorProperties(75, Duration.ofMillis(30), Duration.ofMillis(200), Duration.ofSeconds(5)),
                JsonMapper.shared(),
                registry);
    }

    @Test
    void usageBelowTheThresholdCostsNoPause() {
        GraphGovernor governor = governor(registry);
        graph.on("/v23.0/act_1", usage(40, 0));

        client(governor).get(TOKEN, "act_1", null, Map.of(), NODE);

        assertThat(governor.pendingPause("act_1")).isZero();
        assertThat(governor.pauses()).isZero();
    }

    @Test
    void anAccountNearItsLimitIsCalledMoreSlowlyAndOthersAreNot() {
        GraphGovernor governor = governor(registry);
        graph.on("/v23.0/act_1", usage(90, 0)).on("/v23.0/act_2", usage(10, 0));
        GraphApiClient client = client(governor);

        client.get(TOKEN, "act_1", null, Map.of(), NODE);
        client.get(TOKEN, "act_2", null, Map.of(), NODE);
        client.get(TOKEN, "act_1", null, Map.of(), NODE);

        assertThat(governor.pendingPause("act_1")).isGreaterThanOrEqualTo(Duration.ofMillis(30));
        assertThat(governor.pendingPause("act_2")).isZero();
        assertThat(governor.pauses()).isEqualTo(1);
    }

    @Test
    void aThrottledAccountWaitsForTheRegainTimeBeforeItsNextCall() {
        GraphGovernor governor = governor(registry);
        graph.on(
                "/v23.0/act_1",
                new Answer(
                        400,
                        "application/json",
                        "{\"error\":{\"message\":\"(#80004) Too many calls\",\"code\":80004}}",
                        Map.of(GraphGovernor.AD_ACCOUNT_USAGE, "{\"acc_id_util_pct\":100,\"reset_time_duration\":3}")));
        GraphApiClient client = client(governor);

        assertThatThrownBy(() -> client.get(TOKEN, "act_1", null, Map.of(), NODE))
                .isInstanceOfSatisfying(
                        GraphApiException.class, e -> assertThat(e.retryable()).isTrue());
        Duration pending = governor.pendingPause("act_1");
        long started = System.nanoTime();
        assertThatThrownBy(() -> client.get(TOKEN, "act_1", null, Map.of(), NODE));

        // The regain time (3 s), not the default pause (200 ms), less what reading the error took.
        assertThat(pending).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(pending.minusMillis(50));
        assertThat(registry.counter("meta.graph.governor.throttled").count()).isEqualTo(2);
    }

    private Answer usage(int accountPercent, int regainMinutes) {
        return new Answer(
                200,
                "application/json",
                "{\"id\":\"x\"}",
                Map.of(
                        GraphGovernor.AD_ACCOUNT_USAGE,
                        "{\"acc_id_util_pct\":%d,\"reset_time_duration\":0}".formatted(accountPercent),
                        GraphGovernor.BUSINESS_USAGE,
                        "{\"1\":[{\"type\":\"ads_insights\",\"call_count\":1,\"estimated_time_to_regain_access\":%d}]}"
                                .formatted(regainMinutes)));
    }

    private GraphApiClient client(GraphGovernor governor) {
        var properties = new GraphProperties(
                graph.baseUrl(), "v23.0", "app", "secret", 25, 5, Duration.ofSeconds(2), Duration.ofSeconds(5));
        return new GraphApiClient(
                RestClient.builder(),
                properties,
                new GraphAppUsage(registry, JsonMapper.shared()),
                governor,
                JsonMapper.shared());
    }
}
