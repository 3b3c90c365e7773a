package com.targetbot.reports.leads;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where reports read leads from.
 *
 * @param leadsUrl base URL of leads-service
 * @param leadsConnectTimeout how long to wait for a connection
 * @param leadsReadTimeout longest silence while reading the export (per read, not for the whole export)
 */
@Validated
@ConfigurationProperties("targetbot.reports")
record LeadsExportProperties(
        @DefaultValue("http://127.0.0.1:8082") @NotNull URI leadsUrl,
        @DefaultValue("5s") @NotNull Duration leadsConnectTimeout,
        @DefaultValue("60s") @NotNull Duration leadsReadTimeout) {}
