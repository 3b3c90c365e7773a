package com.targetbot.telegram.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The bot's Bot API connection.
 *
 * @param token bot token; the sandbox's by default, the real one only from the environment
 *     ({@code TELEGRAM_BOT_TOKEN})
 * @param apiUrl Bot API base address: the sandbox locally, {@code https://api.telegram.org} for real
 * @param mode how updates reach the service: {@code webhook} (through the gateway, the default) or
 *     {@code long-polling} (the service asks Telegram itself, for a real bot without a public URL)
 * @param maxRetryAfter longest pause the sender honours from a 429's {@code retry_after} before it hands
 *     the message back to the consumer's retries, so a partition is never stalled for long
 * @param webhookUrl the public address of the gateway's {@code /telegram/webhook}; when set in webhook mode
 *     the service registers it with Telegram at start-up and keeps it registered
 * @param webhookSecret the {@code secret_token} Telegram sends back with every update, which the gateway
 *     checks ({@code TELEGRAM_WEBHOOK_SECRET})
 * @param maxConnections how many connections Telegram may open to the webhook at once
 * @param webhookCheckInterval how often the registration is compared with {@code getWebhookInfo}
 * @param username the bot's {@code @username} (without the at sign) for invite links; when unset it is
 *     asked from Telegram with {@code getMe}
 */
@Validated
@ConfigurationProperties("targetbot.telegram.bot")
public record BotProperties(
        @DefaultValue("100000001:sandbox-bot-token") @NotBlank String token,

        @DefaultValue("http://127.0.0.1:8089") @NotNull URI apiUrl,
        @DefaultValue("webhook") @NotNull Mode mode,
        @DefaultValue("30s") @NotNull Duration maxRetryAfter,
        @Nullable URI webhookUrl,
        @Nullable String webhookSecret,
        @DefaultValue("40") @Min(1) @Max(100) int maxConnections,
        @DefaultValue("5m") @NotNull Duration webhookCheckInterval,
        @Nullable String username) {

    /** How updates reach the service. */
    public enum Mode {
        WEBHOOK,
        LONG_POLLING
    }

    /** The API address in the form the telegrambots clients take. */
    public TelegramUrl telegramUrl() {
        String scheme = apiUrl.getScheme();
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : "https".equals(scheme) ? 443 : 80;
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }

    // The token is a secret: keep it out of logs and failure analyses that print the record.
    @Override
    public String toString() {
        return "BotProperties[apiUrl=" + apiUrl + ", mode=" + mode + ", maxRetryAfter=" + maxRetryAfter
                + ", webhookUrl=" + webhookUrl + ", maxConnections=" + maxConnections + "]";
    }
}
