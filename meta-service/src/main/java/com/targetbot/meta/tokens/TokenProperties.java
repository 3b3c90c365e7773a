package com.targetbot.meta.tokens;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How often the Meta token is checked and when admins are warned.
 *
 * @param checkInterval pause between two checks (the first runs at start-up)
 * @param warnBefore how long before its expiry a token is reported as expiring; Meta's long-lived user tokens live
 *     about 60 days, so a week leaves time to reconnect
 * @param remindEvery how often an unchanged expiring or invalid state is announced again
 * @param publishTimeout how long to wait for the broker to acknowledge an announcement
 */
@Validated
@ConfigurationProperties("targetbot.meta.token")
record TokenProperties(
        @DefaultValue("6h") @NotNull Duration checkInterval,
        @DefaultValue("7d") @NotNull Duration warnBefore,
        @DefaultValue("1d") @NotNull Duration remindEvery,
        @DefaultValue("30s") @NotNull Duration publishTimeout) {}
