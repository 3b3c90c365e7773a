package com.targetbot.meta.insights;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How statistics are read from Meta and served.
 *
 * @param attributionWindows Graph's {@code action_attribution_windows}, the windows leads are counted in
 * @param asyncAboveDays ranges longer than this are read through an async report run, as Meta advises for large
 *     reads, instead of paging the synchronous edge
 * @param pageSize rows asked for per insights page
 * @param reportRunPoll pause between two status reads of an async report run
 * @param reportRunTimeout how long a report run may take before the read gives up
 * @param maxQueryDays the longest period {@code GET /meta/stats} sums
 * @param publishTimeout how long to wait for the broker to acknowledge one day's record
 */
@Validated
@ConfigurationProperties("targetbot.meta.insights")
public record InsightsProperties(
        @DefaultValue("7d_click,1d_view") @NotBlank String attributionWindows,
        @DefaultValue("7") @Min(1) int asyncAboveDays,
        @DefaultValue("500") @Min(1) @Max(500) int pageSize,
        @DefaultValue("2s") @NotNull Duration reportRunPoll,
        @DefaultValue("10m") @NotNull Duration reportRunTimeout,
        @DefaultValue("400") @Min(1) int maxQueryDays,
        @DefaultValue("30s") @NotNull Duration publishTimeout) {}
