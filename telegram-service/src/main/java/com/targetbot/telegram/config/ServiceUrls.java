package com.targetbot.telegram.config;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the bot reads what other services own, over their internal HTTP APIs (never their stores).
 *
 * @param leadsUrl leads-service, for {@code /leads}
 * @param reportsUrl reports-service, for {@code /report}
 * @param metaUrl meta-service, for {@code /status}
 */
@Validated
@ConfigurationProperties("targetbot.telegram")
public record ServiceUrls(
        @DefaultValue("http://127.0.0.1:8082") @NotNull URI leadsUrl,
        @DefaultValue("http://127.0.0.1:8084") @NotNull URI reportsUrl,
        @DefaultValue("http://127.0.0.1:8083") @NotNull URI metaUrl) {}
