package com.targetbot.gateway.metawebhook;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param appSecret the Meta app's secret, which signs every notification ({@code X-Hub-Signature-256}); from
 *     {@code META_APP_SECRET}. The default in application.yml is the sandbox's, for local runs only.
 * @param verifyToken the token typed into the app's webhook settings, echoed by Meta's subscription
 *     challenge; from {@code META_WEBHOOK_VERIFY_TOKEN}
 * @param maxBody the largest notification accepted; Meta batches up to 1000 changes of a few hundred bytes
 */
@Validated
@ConfigurationProperties("targetbot.gateway.meta-webhook")
record MetaWebhookProperties(
        @NotBlank String appSecret,
        @NotBlank String verifyToken,
        @DefaultValue("1MB") DataSize maxBody) {

    @Override
    public String toString() {
        return "MetaWebhookProperties[appSecret=<redacted>, verifyToken=<redacted>, maxBody=" + maxBody + "]";
    }
}
