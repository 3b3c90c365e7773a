package com.targetbot.gateway.leads;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxBody the largest lead request accepted
 * @param idempotencyWindow how long an {@code Idempotency-Key} of {@code POST /api/leads} is remembered
 */
@Validated
@ConfigurationProperties("targetbot.gateway.leads")
record LeadsProperties(
        @DefaultValue("64KB") DataSize maxBody,
        @DefaultValue("24h") Duration idempotencyWindow) {}
