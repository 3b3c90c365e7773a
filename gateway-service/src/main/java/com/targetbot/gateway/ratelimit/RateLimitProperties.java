package com.targetbot.gateway.ratelimit;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param perKey requests one API key may make within the window
 * @param perIp requests without credentials one client IP may make within the window (sign-in included)
 * @param window the counting window, started by the first request
 */
@Validated
@ConfigurationProperties("targetbot.gateway.rate-limit")
record RateLimitProperties(
        @DefaultValue("120") @Min(1) int perKey,
        @DefaultValue("60") @Min(1) int perIp,
        @DefaultValue("1m") Duration window) {}
