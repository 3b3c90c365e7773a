package com.targetbot.meta.insights;

import com.targetbot.events.Topics;
import com.targetbot.events.meta.AdInsightsDay;
import com.targetbot.events.meta.MetaInsightsEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.ContainerPostProcessor;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.stereotype.Component;

/** Projects {@code meta.insights} into Redis; replaying the compacted topic from the start rebuilds the store. */
@Component
class InsightsProjection {

    static final String LISTENER_ID = "insights-projection";

    private final InsightsStore store;
    private final ApplicationEventPublisher stored;

    InsightsProjection(InsightsStore store, ApplicationEventPublisher stored) {
        this.store = store;
        this.stored = stored;
    }

    // Idempotent by construction: a record replaces its account-day-level whole, so a redelivery writes the same.
    @KafkaListener(
            id = LISTENER_ID,
            topics = Topics.META_INSIGHTS_NAME,
            groupId = "${spring.application.name}.insights",
            containerPostProcessor = "commitPerBatch")
    void on(MetaInsightsEvent event) {
        switch (event) {
            case AdInsightsDay day -> {
                store.write(day);
                stored.publishEvent(new InsightsDayStored(day));
            }
        }
    }

    /**
     * A backfill publishes thousands of days at once; committing after every record (the services' default) made the
     * projection wait for the broker once per day. Replaying a batch after a crash only rewrites the same days.
     */
    @Bean
    static ContainerPostProcessor<Object, Object, AbstractMessageListenerContainer<Object, Object>> commitPerBatch() {
        return container -> container.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
    }
}
