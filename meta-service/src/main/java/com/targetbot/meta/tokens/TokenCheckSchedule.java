package com.targetbot.meta.tokens;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the token check on the scheduler: first right after start-up (on the scheduler's thread, so start-up does not
 * wait for Meta), then {@code check-interval} after the previous one ended.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TokenCheckSchedule implements SchedulingConfigurer {

    private final TokenCheck check;
    private final TokenProperties properties;

    TokenCheckSchedule(TokenCheck check, TokenProperties properties) {
        this.check = check;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(check, properties.checkInterval(), Duration.ZERO));
    }
}
