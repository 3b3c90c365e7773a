package com.targetbot.sandbox.telegram;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The one bot the sandbox hosts.
 *
 * @param botToken the token clients must present; its numeric part is the bot's user id, as with real tokens
 * @param enforceRateLimits whether flood limits answer 429 from the start (the control API can switch them)
 */
@Validated
@ConfigurationProperties("targetbot.sandbox.telegram")
record TelegramSandboxProperties(
        @DefaultValue("100000001:sandbox-bot-token") @Pattern(regexp = "\\d{1,15}:[A-Za-z0-9_-]+") String botToken,

        @DefaultValue("false") boolean enforceRateLimits) {

    long botId() {
        return Long.parseLong(botToken.substring(0, botToken.indexOf(':')));
    }
}
