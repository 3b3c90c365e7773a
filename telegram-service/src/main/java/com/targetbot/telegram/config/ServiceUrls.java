package com.targetbot.telegram.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the bot reads what other services own, over their internal HTTP APIs (never their stores), as
 * {@code targetbot.services.<name>.url} like in every service that calls another (defaults for a local run in
 * application.yml).
 *
 * @param leads leads-service, for {@code /leads}
 * @param reports reports-service, for {@code /report} and the last report of {@code /status}
 * @param meta meta-service, for a project's figures in {@code /stat}
 */
@Validated
@ConfigurationProperties("targetbot.services")
public record ServiceUrls(
        @NotNull @Valid Service leads,
        @NotNull @Valid Service reports,
        @NotNull @Valid Service meta) {

    /** @param url base URL of the service */
    public record Service(@NotNull URI url) {}
}
