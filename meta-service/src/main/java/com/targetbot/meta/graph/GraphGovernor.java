package com.targetbot.meta.graph;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the client under Meta's rate limits instead of running into them. Every answer's {@code X-App-Usage},
 * {@code X-Ad-Account-Usage} and {@code X-Business-Use-Case-Usage} tell how much of the app's, the ad account's and
 * the business use case's allowance is used; above a threshold the next calls on that account are spaced out, and at
 * 100% (or after a throttling answer) they wait until Meta says the allowance is back
 * ({@code reset_time_duration} seconds, {@code estimated_time_to_regain_access} minutes).
 */
@Component
public class GraphGovernor implements ClientHttpRequestInterceptor {

    static final String AD_ACCOUNT_USAGE = "X-Ad-Account-Usage";
    static final String BUSINESS_USAGE = "X-Business-Use-Case-Usage";
    private static final String APP = "app";

    private static final Logger log = LoggerFactory.getLogger(GraphGovernor.class);
    private static final Pattern ACCOUNT = Pattern.compile("/(act_\\d+)");

    private final GraphGovernorProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<String, Budget> budgets = new ConcurrentHashMap<>();
    private final Timer waits;
    private final Counter throttled;

    GraphGovernor(GraphGovernorProperties properties, JsonMapper json, MeterRegistry registry) {
        this.properties = properties;
        this.json = json;
        this.clock = Clock.systemUTC();
        this.waits = Timer.builder("meta.graph.governor.waits")
                .description("Pauses the client made before Graph calls to stay under Meta's rate limits")
                .register(registry);
        this.throttled = Counter.builder("meta.graph.governor.throttled")
                .description("Graph answers that said the rate limit was reached")
                .register(registry);
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        String account = accountOf(request.getURI().getRawPath());
        pause(Duration.ofMillis(Math.max(delayMillis(APP), account == null ? 0 : delayMillis(account))));
        ClientHttpResponse response = execution.execute(request, body);
        record(account, response.getHeaders(), response.getStatusCode().isError());
        return response;
    }

    /** How long the next call on an ad account would wait now; for tests and the sync's own pacing. */
    public Duration pendingPause(String adAccountId) {
        return Duration.ofMillis(Math.max(delayMillis(APP), delayMillis(adAccountId)));
    }

    /** How many pauses were made in all, for tests and dashboards. */
    public long pauses() {
        return waits.count();
    }

    private void record(@Nullable String account, HttpHeaders headers, boolean error) {
        int appPercent = maxPercent(read(headers.getFirst(GraphAppUsage.HEADER)));
        budget(APP).percent(appPercent);
        Duration regain = Duration.ZERO;
        int accountPercent = 0;
        JsonNode accountUsage = read(headers.getFirst(AD_ACCOUNT_USAGE));
        if (accountUsage != null) {
            accountPercent = accountUsage.path("acc_id_util_pct").asInt(0);
            regain = Duration.ofSeconds(accountUsage.path("reset_time_duration").asLong(0));
        }
        JsonNode business = read(headers.getFirst(BUSINESS_USAGE));
        if (business != null) {
            for (JsonNode useCases : business.values()) {
                for (JsonNode useCase : useCases.values()) {
                    accountPercent = Math.max(accountPercent, maxPercent(useCase));
                    Duration estimate = Duration.ofMinutes(
                            useCase.path("estimated_time_to_regain_access").asLong(0));
                    regain = estimate.compareTo(regain) > 0 ? estimate : regain;
                }
            }
        }
        if (account == null) {
            return;
        }
        Budget budget = budget(account);
        budget.percent(accountPercent);
        if (accountPercent >= 100) {
            if (error) {
                throttled.increment();
            }
            // At the limit: nothing more on this account until Meta says the allowance is back.
            Duration pause = regain.isZero() ? properties.throttledPause() : regain;
            budget.blockUntil(clock.instant().plus(min(pause, properties.maxPause())));
        }
    }

    private long delayMillis(String key) {
        Budget budget = budgets.get(key);
        if (budget == null) {
            return 0;
        }
        long blocked = Duration.between(clock.instant(), budget.blockedUntil).toMillis();
        if (blocked > 0) {
            return blocked;
        }
        int over = budget.percent - properties.slowDownAbove();
        if (over <= 0) {
            return 0;
        }
        // From one pause at the threshold to four at 100%: the closer to the limit, the slower.
        long base = properties.slowDownPause().toMillis();
        return base + base * 3 * over / Math.max(1, 100 - properties.slowDownAbove());
    }

    private void pause(Duration pause) {
        if (pause.isZero() || pause.isNegative()) {
            return;
        }
        Duration capped = min(pause, properties.maxPause());
        log.info("Pausing {} ms before the next Graph call to stay under Meta's rate limits", capped.toMillis());
        waits.record(capped);
        try {
            Thread.sleep(capped);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphApiException(
                    GraphApiException.NO_GRAPH_CODE, "Interrupted while waiting out the rate limit", true, e);
        }
    }

    private Budget budget(String key) {
        return budgets.computeIfAbsent(key, k -> new Budget());
    }

    private @Nullable JsonNode read(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return json.readTree(header);
        } catch (JacksonException e) {
            // A malformed usage header must not fail the call it came with.
            log.warn("Ignoring an unreadable Graph usage header: {}", e.getOriginalMessage());
            return null;
        }
    }

    private static int maxPercent(@Nullable JsonNode usage) {
        if (usage == null) {
            return 0;
        }
        int percent = 0;
        for (String metric : new String[] {"call_count", "total_cputime", "total_time"}) {
            percent = Math.max(percent, usage.path(metric).asInt(0));
        }
        return percent;
    }

    static @Nullable String accountOf(String path) {
        Matcher matcher = ACCOUNT.matcher(path);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The last usage seen for one ad account (or the app), and until when it must not be called. */
    private static final class Budget {
        private volatile int percent;
        private volatile Instant blockedUntil = Instant.EPOCH;

        void percent(int value) {
            percent = value;
        }

        void blockUntil(Instant until) {
            if (until.isAfter(blockedUntil)) {
                blockedUntil = until;
            }
        }
    }
}
