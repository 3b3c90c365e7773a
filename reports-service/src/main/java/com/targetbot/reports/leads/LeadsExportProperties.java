package com.targetbot.reports.leads;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where reports read leads from: leads-service, under the {@code targetbot.services.<name>.url} shape every
 * service uses for the services it calls.
 *
 * @param url base URL of leads-service
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout longest silence while reading the export (per read, not for the whole export)
 */
@Validated
@ConfigurationProperties("targetbot.services.leads")
record LeadsExportProperties(
        @DefaultValue("http://127.0.0.1:8082") @NotNull URI url,
        @DefaultValue("5s") @NotNull Duration connectTimeout,
        @DefaultValue("60s") @NotNull Duration readTimeout) {}
