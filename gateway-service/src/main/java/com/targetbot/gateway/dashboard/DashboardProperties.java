package com.targetbot.gateway.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param timeout how long the dashboard waits for each service before showing it as unavailable */
@ConfigurationProperties("targetbot.gateway.dashboard")
record DashboardProperties(@DefaultValue("2s") Duration timeout) {}
