package com.targetbot.leads.rebuild;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.stereotype.Component;

/**
 * The one-command rebuild: started with {@code --targetbot.leads.rebuild=true}, the service rebuilds Redis
 * from the topic and exits, with status 0 on success (see docs/operations.md).
 */
@Component
@ConditionalOnBooleanProperty("targetbot.leads.rebuild")
class RebuildRunner implements ApplicationRunner {

    private final LeadsRebuild rebuild;
    private final KafkaListenerEndpointRegistry listeners;
    private final ConfigurableApplicationContext context;

    RebuildRunner(
            LeadsRebuild rebuild, KafkaListenerEndpointRegistry listeners, ConfigurableApplicationContext context) {
        this.rebuild = rebuild;
        this.listeners = listeners;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        // This process must not handle commands while the keyspace is emptied and replayed; stop() returns
        // once the record in hand is done, and the replay then covers whatever it announced.
        listeners.stop();
        rebuild.rebuild();
        // An exception above fails startup with a non-zero status; success must end the process explicitly,
        // or the web server would keep it running as a normal instance.
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
