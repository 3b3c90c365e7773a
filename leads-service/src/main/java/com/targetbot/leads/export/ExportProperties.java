package com.targetbot.leads.export;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Export settings.
 *
 * @param pageSize leads read from Redis per round trip: bounds the memory an export holds
 */
@Validated
@ConfigurationProperties("targetbot.leads.export")
record ExportProperties(
        @DefaultValue("500") @Min(1) @Max(10_000) int pageSize) {}
