package com.targetbot.leads.store;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Lead storage settings.
 *
 * @param zone whose calendar the day counters follow: the agency's, not the server's
 * @param duplicateWindow how far back a lead with the same phone or e-mail makes a new lead its duplicate
 */
@Validated
@ConfigurationProperties("targetbot.leads")
record StoreProperties(
        @DefaultValue("Europe/Moscow") ZoneId zone,
        @DefaultValue("30d") Duration duplicateWindow) {}
