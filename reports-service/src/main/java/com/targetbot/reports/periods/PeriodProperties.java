package com.targetbot.reports.periods;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How report periods are read.
 *
 * @param zone whose calendar "today" and "yesterday" follow: the agency's, not the server's
 */
@Validated
@ConfigurationProperties("targetbot.reports.periods")
record PeriodProperties(
        @DefaultValue("Europe/Moscow") @NotNull ZoneId zone) {}
