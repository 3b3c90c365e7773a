package com.targetbot.leads.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Lead storage settings.
 *
 * @param duplicateWindow how far back a lead with the same phone or e-mail makes a new lead its duplicate
 */
@Validated
@ConfigurationProperties("targetbot.leads")
record StoreProperties(@DefaultValue("30d") Duration duplicateWindow) {}
