package com.targetbot.reports.csv;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How reports read.
 *
 * @param language language of the header row and of source and status names ({@code ru} or {@code en})
 * @param timeZone zone of the creation times written in the report, named in the header
 */
@Validated
@ConfigurationProperties("targetbot.reports")
record CsvProperties(
        @DefaultValue("ru") @NotNull ReportLanguage language,
        @DefaultValue("UTC") @NotNull ZoneId timeZone) {}
