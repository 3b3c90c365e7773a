package com.targetbot.leads.store;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Lead storage settings.
 *
 * @param zone whose calendar the "today" counter follows: the agency's, not the server's
 */
@Validated
@ConfigurationProperties("targetbot.leads")
record StoreProperties(@DefaultValue("Europe/Moscow") ZoneId zone) {}
