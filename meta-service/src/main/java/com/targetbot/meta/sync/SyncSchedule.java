package com.targetbot.meta.sync;

import com.targetbot.meta.lease.Leases;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Today's and yesterday's statistics every {@code recent-interval} (the first {@code first-run-after} start-up),
 * the structure and restated days on {@code nightly-cron}. Every replica runs the schedule;
 * {@link Leases} lets one of them sync each account.
 */
@Configuration(proxyBeanMethods = false)
class SyncSchedule implements SchedulingConfigurer {

    private final AccountsSync sync;
    private final ScheduledSyncProperties properties;

    SyncSchedule(AccountsSync sync, ScheduledSyncProperties properties) {
        this.sync = sync;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!properties.enabled()) {
            return;
        }
        registrar.addFixedDelayTask(new FixedDelayTask(
                () -> sync.run(AccountsSync.Scope.RECENT), properties.recentInterval(), properties.firstRunAfter()));
        registrar.addCronTask(new CronTask(() -> sync.run(AccountsSync.Scope.NIGHTLY), properties.nightlyCron()));
    }
}
