package com.targetbot.telegram.leadboard;

import com.targetbot.events.Envelope;
import com.targetbot.events.leads.LeadCreated;
import com.targetbot.events.leads.LeadEvent;
import com.targetbot.telegram.notifications.Freshness;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * New leads to managers and registered groups, while they are news. Lead events this version does not
 * announce, including kinds added later, pass by.
 */
@Component
class LeadNotifications {

    private final LeadBoard board;
    private final Freshness freshness;

    LeadNotifications(LeadBoard board, Freshness freshness) {
        this.board = board;
        this.freshness = freshness;
    }

    @KafkaListener(topics = "leads.events", groupId = "${spring.application.name}.lead-notifications")
    void on(Envelope<?> envelope) {
        if (!(envelope.data() instanceof LeadEvent event)) {
            return;
        }
        switch (event) {
            case LeadCreated created when freshness.isNews(created.createdAt()) -> board.announce(created);
            default -> {}
        }
    }
}
