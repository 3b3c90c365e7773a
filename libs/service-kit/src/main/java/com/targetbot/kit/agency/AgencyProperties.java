package com.targetbot.kit.agency;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The agency itself, as every service sees it.
 *
 * @param zone the agency's time zone ({@code TARGETBOT_AGENCY_ZONE}, an IANA name such as {@code Europe/Moscow}):
 *     the calendar of day counters and report periods, and the zone every date is shown in; never the server's
 */
@Validated
@ConfigurationProperties("targetbot.agency")
public record AgencyProperties(
        @DefaultValue("Europe/Moscow") @NotNull ZoneId zone) {}
