package com.targetbot.kit.agency;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The agency itself, as every service sees it.
 *
 * @param zone the agency's time zone ({@code TARGETBOT_AGENCY_ZONE}, an IANA name such as {@code Europe/Moscow}):
 *     the calendar of day counters and report periods, and the zone every date is shown in; never the server's
 * @param phoneRegion the ISO 3166 alpha-2 region of phone numbers typed without a country code
 *     ({@code TARGETBOT_AGENCY_PHONEREGION}), for the one phone rule of the gateway and the bot
 */
@Validated
@ConfigurationProperties("targetbot.agency")
public record AgencyProperties(
        @DefaultValue("Europe/Moscow") @NotNull ZoneId zone,

        @DefaultValue("RU") @NotNull @Pattern(regexp = "[A-Za-z]{2}") String phoneRegion) {}
