package com.targetbot.meta.graph;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app's share of its Graph API rate limit, from the {@code X-App-Usage} header Meta adds to every
 * answer ({@code {"call_count":28,"total_cputime":25,"total_time":25}}, percent). Meta throttles the app
 * at 100, so the gauge is what an alert watches.
 */
@Component
class GraphAppUsage {

    static final String HEADER = "X-App-Usage";
    static final String METER = "meta.graph.app.usage";

    private static final Logger log = LoggerFactory.getLogger(GraphAppUsage.class);

    private final JsonMapper json;
    private final Map<String, AtomicInteger> percentByMetric = Map.of(
            "call_count", new AtomicInteger(), "total_cputime", new AtomicInteger(), "total_time", new AtomicInteger());

    GraphAppUsage(MeterRegistry registry, JsonMapper json) {
        this.json = json;
        percentByMetric.forEach((metric, value) -> Gauge.builder(METER, value, AtomicInteger::get)
                .tag("metric", metric)
                .baseUnit("percent")
                .description("Share of the app's Graph API rate limit in use, from X-App-Usage")
                .register(registry));
    }

    void record(HttpHeaders headers) {
        String header = headers.getFirst(HEADER);
        if (header == null) {
            return;
        }
        try {
            JsonNode usage = json.readTree(header);
            percentByMetric.forEach((metric, value) -> {
                JsonNode percent = usage.get(metric);
                if (percent != null && percent.isNumber()) {
                    value.set(percent.asInt());
                }
            });
        } catch (JacksonException e) {
            // A malformed usage header must not fail the call it came with.
            log.warn("Ignoring unreadable {} header: {}", HEADER, e.getOriginalMessage());
        }
    }
}
