package com.targetbot.meta.sync;

import com.targetbot.meta.graph.GraphApiException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * How a synchronisation copes with a throttled or briefly unavailable Graph API, and how long its traces
 * are kept. Retries run inside one Kafka delivery, so their total stays well below the consumer's
 * {@code max.poll.interval.ms} (5 min).
 *
 * @param retries further attempts after a retryable Graph failure before the sync is reported failed
 * @param initialBackoff pause before the first retry, doubled for each next one
 * @param maxBackoff longest pause between attempts
 * @param dedupeWindow how long a handled sync id is remembered, so a redelivered command runs once
 * @param outcomeTtl how long {@code meta:sync:<syncId>} keeps a sync's outcome
 * @param publishTimeout how long to wait for the broker to acknowledge the outcome event
 */
@Validated
@ConfigurationProperties("targetbot.meta.sync")
record SyncProperties(
        @DefaultValue("3") @Min(0) @Max(10) int retries,
        @DefaultValue("2s") @NotNull Duration initialBackoff,
        @DefaultValue("30s") @NotNull Duration maxBackoff,
        @DefaultValue("24h") @NotNull Duration dedupeWindow,
        @DefaultValue("7d") @NotNull Duration outcomeTtl,
        @DefaultValue("30s") @NotNull Duration publishTimeout) {

    /** Retries what may succeed later (throttling, an outage) with doubling pauses; an invalid token is final. */
    RetryTemplate retryTemplate() {
        return new RetryTemplate(RetryPolicy.builder()
                .maxRetries(retries)
                .delay(initialBackoff)
                .multiplier(2)
                .maxDelay(maxBackoff)
                .predicate(failure -> failure instanceof GraphApiException graphFailure && graphFailure.retryable())
                .build());
    }
}
