package com.targetbot.meta.leadgen;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the reconciliation on the scheduler: right after start-up (which also subscribes the pages), then
 * {@code reconcile-interval} after the previous run ended.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LeadgenSchedule implements SchedulingConfigurer {

    private final LeadReconciliation reconciliation;
    private final LeadgenProperties properties;

    LeadgenSchedule(LeadReconciliation reconciliation, LeadgenProperties properties) {
        this.reconciliation = reconciliation;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(
                new FixedDelayTask(reconciliation::run, properties.reconcileInterval(), Duration.ZERO));
    }
}
