package com.targetbot.telegram.leadboard;

import com.targetbot.events.Topics;
import com.targetbot.events.leads.LeadCreated;
import com.targetbot.events.leads.LeadDeleted;
import com.targetbot.events.leads.LeadEvent;
import com.targetbot.events.leads.LeadStatusChanged;
import com.targetbot.events.leads.LeadUpdated;
import com.targetbot.telegram.notifications.Freshness;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * New leads to managers and registered groups, while they are news. The other lead events pass by.
 */
@Component
class LeadNotifications {

    private final LeadBoard board;
    private final Freshness freshness;

    LeadNotifications(LeadBoard board, Freshness freshness) {
        this.board = board;
        this.freshness = freshness;
    }

    // Idempotent: LeadBoard announces a lead once, whatever the redeliveries (see LeadBoard#announce).
    @KafkaListener(topics = Topics.LEADS_EVENTS_NAME, groupId = "${spring.application.name}.lead-notifications")
    void on(LeadEvent event) {
        switch (event) {
            case LeadCreated created -> {
                if (freshness.isNews(created.createdAt())) {
                    board.announce(created);
                }
            }
            case LeadUpdated updated -> {}
            case LeadStatusChanged changed -> {}
            case LeadDeleted deleted -> {}
        }
    }
}
