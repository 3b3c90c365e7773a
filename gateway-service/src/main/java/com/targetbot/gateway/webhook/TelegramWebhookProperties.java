package com.targetbot.gateway.webhook;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param webhookSecret the {@code secret_token} given to Telegram's setWebhook, which Telegram echoes in
 *     {@code X-Telegram-Bot-Api-Secret-Token}; from {@code TELEGRAM_WEBHOOK_SECRET} (1-256 of
 *     {@code A-Za-z0-9_-}, Telegram's own rule). The default in application.yml is for local runs only.
 * @param maxBody the largest update accepted; Telegram's updates are far smaller
 */
@Validated
@ConfigurationProperties("targetbot.gateway.telegram")
record TelegramWebhookProperties(
        @Pattern(regexp = "[A-Za-z0-9_-]{1,256}") String webhookSecret,
        @DefaultValue("1MB") DataSize maxBody) {

    @Override
    public String toString() {
        return "TelegramWebhookProperties[webhookSecret=<redacted>, maxBody=" + maxBody + "]";
    }
}
