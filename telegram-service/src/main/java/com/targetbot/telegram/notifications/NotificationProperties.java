package com.targetbot.telegram.notifications;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param maxAge an event older than this is history, not news, and is not told */
@Validated
@ConfigurationProperties("targetbot.telegram.notifications")
record NotificationProperties(@DefaultValue("24h") @NotNull Duration maxAge) {}
