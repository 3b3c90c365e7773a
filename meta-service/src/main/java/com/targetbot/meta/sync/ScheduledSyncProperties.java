package com.targetbot.meta.sync;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the ad accounts are synced on their own.
 *
 * @param enabled whether the schedule runs at all (tests start syncs themselves)
 * @param recentInterval how often today's and yesterday's statistics are read
 * @param firstRunAfter the first such read after start-up: a rolling restart does not sync every account again at
 *     once, and a short-lived stack (demo, end-to-end tests) is not synced behind its back
 * @param nightlyCron when the structure and the last {@code restatedDays} are read again (UTC)
 * @param restatedDays days Meta may still change after the fact (late conversions, removed invalid clicks)
 * @param backfillDays days read when an account is first seen
 * @param lockTtl how long an account's lease lives without renewal (the sync renews it before each level of statistics); longer than the slowest step
 */
@Validated
@ConfigurationProperties("targetbot.meta.sync.schedule")
record ScheduledSyncProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30m") @NotNull Duration recentInterval,
        @DefaultValue("30m") @NotNull Duration firstRunAfter,
        @DefaultValue("0 30 3 * * *") @NotBlank String nightlyCron,
        @DefaultValue("3") @Min(1) @Max(28) int restatedDays,
        @DefaultValue("90") @Min(1) @Max(1100) int backfillDays,
        @DefaultValue("30m") @NotNull Duration lockTtl) {}
