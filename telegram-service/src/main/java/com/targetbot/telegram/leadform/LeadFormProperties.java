package com.targetbot.telegram.leadform;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param dialogTtl how long an untouched dialog waits for the user's next answer; every answer restarts it
 * @param confirmationTtl how long the bot remembers whom to tell that a submitted lead was stored; a
 *     confirmation arriving later is not sent
 */
@Validated
@ConfigurationProperties("targetbot.telegram.lead-form")
record LeadFormProperties(
        @DefaultValue("30m") @NotNull Duration dialogTtl,
        @DefaultValue("24h") @NotNull Duration confirmationTtl) {}
