package com.targetbot.telegram.invites;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param defaultTtl how long an invite made with {@code /invite} works (the admin panel's are timed by the
 *     gateway)
 * @param usedMemory how long a used invite is remembered with its redeemer, so that the same user's
 *     redelivered {@code /start} is granted again instead of being told the link was used (Telegram redelivers
 *     an update for up to a day)
 */
@Validated
@ConfigurationProperties("targetbot.telegram.invites")
record InviteProperties(
        @DefaultValue("168h") @NotNull Duration defaultTtl,
        @DefaultValue("25h") @NotNull Duration usedMemory) {}
