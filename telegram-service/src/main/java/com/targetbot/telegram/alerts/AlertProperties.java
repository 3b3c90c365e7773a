package com.targetbot.telegram.alerts;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param repeatAfter the shortest time between two alerts of one kind */
@Validated
@ConfigurationProperties("targetbot.telegram.alerts")
record AlertProperties(@DefaultValue("6h") @NotNull Duration repeatAfter) {}
