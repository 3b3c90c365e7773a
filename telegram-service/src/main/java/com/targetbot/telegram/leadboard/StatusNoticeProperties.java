package com.targetbot.telegram.leadboard;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxAge a status change older than this is history, not news, and is not told: a new consumer group
 *     (a first deployment) reads leads.events from the beginning
 */
@Validated
@ConfigurationProperties("targetbot.telegram.status-notices")
record StatusNoticeProperties(@DefaultValue("24h") @NotNull Duration maxAge) {}
