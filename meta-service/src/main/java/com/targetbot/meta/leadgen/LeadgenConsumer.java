package com.targetbot.meta.leadgen;

import com.targetbot.events.Topics;
import com.targetbot.events.meta.MetaLeadgenReceived;
import com.targetbot.events.meta.MetaWebhookEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class LeadgenConsumer {

    private final LeadIngestion ingestion;

    LeadgenConsumer(LeadIngestion ingestion) {
        this.ingestion = ingestion;
    }

    // Idempotent by construction: the lead id is derived from the leadgen id (LeadIds), so a notification Meta
    // delivered twice publishes the same create, which leads-service stores once. A retryable Graph failure is
    // retried by the kit's back-off; a lead that can never be read is dead-lettered with the reason.
    @KafkaListener(topics = Topics.META_WEBHOOKS_NAME, groupId = "${spring.application.name}-leadgen")
    void on(MetaWebhookEvent event) {
        // Exhaustive over the sealed root: a new webhook notification does not compile until it is handled here.
        switch (event) {
            case MetaLeadgenReceived lead -> ingestion.ingest(lead.pageId(), lead.leadgenId());
        }
    }
}
