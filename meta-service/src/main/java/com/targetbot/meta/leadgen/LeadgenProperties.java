package com.targetbot.meta.leadgen;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param reconcileInterval pause between two reconciliation runs (the first runs shortly after start-up)
 * @param firstLookback how far back a form never reconciled before is read
 * @param overlap how far before a form's high-water mark the next run starts again: Graph filters by whole seconds,
 *     and a lead stored late within the same second must not fall between two runs
 * @param seenTtl how long a leadgen id stays known as ingested; beyond it reconciliation no longer reaches
 * @param lockTtl how long the reconciliation lock lives if its holder dies without releasing it
 * @param pageTokenTtl how long the page tokens read from {@code /me/accounts} are kept in memory
 * @param publishTimeout how long to wait for the broker to acknowledge a lead command
 */
@Validated
@ConfigurationProperties("targetbot.meta.leadgen")
record LeadgenProperties(
        @DefaultValue("1h") @NotNull Duration reconcileInterval,
        @DefaultValue("2d") @NotNull Duration firstLookback,
        @DefaultValue("5m") @NotNull Duration overlap,
        @DefaultValue("30d") @NotNull Duration seenTtl,
        @DefaultValue("10m") @NotNull Duration lockTtl,
        @DefaultValue("10m") @NotNull Duration pageTokenTtl,
        @DefaultValue("30s") @NotNull Duration publishTimeout) {}
