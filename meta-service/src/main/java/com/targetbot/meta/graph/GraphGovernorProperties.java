package com.targetbot.meta.graph;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How gently the client treats Meta's rate limits.
 *
 * @param slowDownAbove usage percent (of the app, the ad account or the business use case) above which calls are
 *     spaced out, so 100% and Meta's throttling are not reached
 * @param slowDownPause pause before each call while above the threshold, growing linearly to four times this at 100%
 * @param throttledPause shortest pause after a throttling answer that names no regain time
 * @param maxPause the longest the client waits before one call; beyond it the call goes and Meta decides
 */
@Validated
@ConfigurationProperties("targetbot.meta.graph.governor")
record GraphGovernorProperties(
        @DefaultValue("75") @Min(1) @Max(100) int slowDownAbove,
        @DefaultValue("2s") @NotNull Duration slowDownPause,
        @DefaultValue("60s") @NotNull Duration throttledPause,
        @DefaultValue("15m") @NotNull Duration maxPause) {}
