package com.targetbot.gateway.auth;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Login throttling: failed logins are counted per username and per client IP in a fixed window; once a
 * counter reaches its limit, logins for that username (or from that IP) answer 429 until the window ends.
 *
 * @param maxFailuresPerUser failures per username within the window
 * @param maxFailuresPerIp failures per client IP within the window; higher, since an office shares one IP
 * @param window how long failures are remembered, counted from the first one
 */
@Validated
@ConfigurationProperties("targetbot.gateway.login")
record LoginThrottleProperties(
        @DefaultValue("5") @Min(1) int maxFailuresPerUser,
        @DefaultValue("20") @Min(1) int maxFailuresPerIp,
        @DefaultValue("15m") Duration window) {}
