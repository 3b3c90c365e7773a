package com.targetbot.meta.insights;

import com.targetbot.events.Topics;
import com.targetbot.events.meta.AdInsightsDay;
import com.targetbot.events.meta.MetaInsightsEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Projects {@code meta.insights} into Redis; replaying the compacted topic from the start rebuilds the store. */
@Component
class InsightsProjection {

    private final InsightsStore store;

    InsightsProjection(InsightsStore store) {
        this.store = store;
    }

    // Idempotent by construction: a record replaces its account-day-level whole, so a redelivery writes the same.
    @KafkaListener(topics = Topics.META_INSIGHTS_NAME, groupId = "${spring.application.name}.insights")
    void on(MetaInsightsEvent event) {
        switch (event) {
            case AdInsightsDay day -> store.write(day);
        }
    }
}
