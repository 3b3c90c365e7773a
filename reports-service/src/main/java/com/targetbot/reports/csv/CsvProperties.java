package com.targetbot.reports.csv;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How reports read.
 *
 * @param language language of the header row and of source and status names ({@code ru} or {@code en})
 */
@Validated
@ConfigurationProperties("targetbot.reports.csv")
record CsvProperties(@DefaultValue("ru") @NotNull ReportLanguage language) {}
