package com.targetbot.gateway.routes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the services behind the gateway listen, as {@code targetbot.services.<name>.url} like in every service
 * that calls another (defaults for a local run in application.yml). The routes in application.yml read these
 * keys, and the dashboard calls the same addresses, so one setting moves a service for both.
 *
 * @param leads leads-service
 * @param telegram telegram-service
 * @param meta meta-service
 * @param reports reports-service
 * @param sandbox the sandbox, set only where it plays Telegram: enables the admin UI's bot chat route
 *     ({@link SandboxRoutes}); absent (or an empty url) in production
 */
@Validated
@ConfigurationProperties("targetbot.services")
public record ServicesProperties(
        @NotNull @Valid Service leads,
        @NotNull @Valid Service telegram,
        @NotNull @Valid Service meta,
        @NotNull @Valid Service reports,
        @Nullable Service sandbox) {

    /** @param url base URL of the service */
    public record Service(@NotNull URI url) {}

    /** The sandbox's address where one plays Telegram; compose gives an empty url to say there is none. */
    public Optional<URI> sandboxUrl() {
        // Not validated: an empty value binds as a null url.
        return sandbox == null ? Optional.empty() : Optional.ofNullable(sandbox.url());
    }
}
