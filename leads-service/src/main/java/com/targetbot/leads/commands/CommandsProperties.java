package com.targetbot.leads.commands;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Command handling settings.
 *
 * @param publishTimeout how long to wait for the broker to acknowledge {@code LeadCreated} before the command
 *     fails and is retried
 */
@Validated
@ConfigurationProperties("targetbot.leads.commands")
record CommandsProperties(@DefaultValue("30s") Duration publishTimeout) {}
