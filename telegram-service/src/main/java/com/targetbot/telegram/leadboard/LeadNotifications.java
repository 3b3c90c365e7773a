package com.targetbot.telegram.leadboard;

import com.targetbot.events.Envelope;
import com.targetbot.events.leads.LeadCreated;
import com.targetbot.events.leads.LeadEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * New leads to managers and registered groups. Lead events this version does not announce, including kinds
 * added later, pass by.
 */
@Component
class LeadNotifications {

    private final LeadBoard board;

    LeadNotifications(LeadBoard board) {
        this.board = board;
    }

    @KafkaListener(topics = "leads.events", groupId = "${spring.application.name}.lead-notifications")
    void on(Envelope<?> envelope) {
        if (!(envelope.data() instanceof LeadEvent event)) {
            return;
        }
        switch (event) {
            case LeadCreated created -> board.announce(created);
            default -> {}
        }
    }
}
