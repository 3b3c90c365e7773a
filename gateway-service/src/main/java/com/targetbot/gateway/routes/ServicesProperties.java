package com.targetbot.gateway.routes;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the services behind the gateway listen. The routes in application.yml read these keys, and the
 * dashboard calls the same addresses, so one setting moves a service for both.
 *
 * @param leadsUri leads-service
 * @param telegramUri telegram-service
 * @param metaUri meta-service
 * @param reportsUri reports-service
 * @param sandboxUri the sandbox, set only where it plays Telegram: enables the admin UI's bot chat route
 *     ({@link SandboxRoutes}); absent in production
 */
@Validated
@ConfigurationProperties("targetbot.gateway.services")
public record ServicesProperties(
        @DefaultValue("http://127.0.0.1:8082") @NotNull URI leadsUri,
        @DefaultValue("http://127.0.0.1:8081") @NotNull URI telegramUri,
        @DefaultValue("http://127.0.0.1:8083") @NotNull URI metaUri,
        @DefaultValue("http://127.0.0.1:8084") @NotNull URI reportsUri,
        @Nullable URI sandboxUri) {}
