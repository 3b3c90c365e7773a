package com.targetbot.meta.leadgen;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.PeriodicTrigger;

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
        // A periodic trigger without a fixed rate: the next run starts an interval after the previous one ended.
        var trigger = new PeriodicTrigger(properties.reconcileInterval());
        trigger.setInitialDelay(Duration.ZERO);
        registrar.addTriggerTask(reconciliation::run, trigger);
    }
}
