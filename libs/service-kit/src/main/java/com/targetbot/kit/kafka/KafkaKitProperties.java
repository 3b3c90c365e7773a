package com.targetbot.kit.kafka;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Topic sizing and consumer retries.
 *
 * @param partitions partitions of every contract topic (and its dead-letter topic), sized for scale-out
 * @param replicationFactor 1 on a single local broker, 3 in production
 * @param retry how often a failing record is retried before it goes to the dead-letter topic
 * @param linger how long the producer waits to batch records: more throughput under load, more latency
 *     for a caller waiting on the ack (the gateway keeps it short)
 */
@Validated
@ConfigurationProperties("targetbot.kafka")
public record KafkaKitProperties(
        @DefaultValue("12") @Min(1) int partitions,
        @DefaultValue("1") @Min(1) short replicationFactor,
        @DefaultValue Retry retry,
        @DefaultValue("5ms") Duration linger) {

    /**
     * Bounded exponential back-off.
     *
     * @param attempts retries after the first failure
     * @param initialInterval first pause
     * @param maxInterval longest pause
     */
    public record Retry(
            @DefaultValue("3") @Min(0) int attempts,
            @DefaultValue("200ms") Duration initialInterval,
            @DefaultValue("5s") Duration maxInterval) {}
}
