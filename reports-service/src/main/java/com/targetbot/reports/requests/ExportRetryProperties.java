package com.targetbot.reports.requests;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a report waits for leads-service when its export fails for a reason that may pass: bounded
 * exponential back-off (the default waits 1 + 2 + 4 + 8 + 16 s, about half a minute, over five retries).
 *
 * @param attempts retries after the first failure, as {@code targetbot.kafka.retry.attempts} counts them
 * @param initialInterval first pause
 * @param maxInterval longest pause
 */
@Validated
@ConfigurationProperties("targetbot.reports.export-retry")
record ExportRetryProperties(
        @DefaultValue("5") @Min(0) int attempts,
        @DefaultValue("1s") @NotNull Duration initialInterval,
        @DefaultValue("30s") @NotNull Duration maxInterval) {}
