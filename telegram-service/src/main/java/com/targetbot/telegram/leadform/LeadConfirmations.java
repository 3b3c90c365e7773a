package com.targetbot.telegram.leadform;

import com.targetbot.events.Topics;
import com.targetbot.events.leads.LeadCreated;
import com.targetbot.events.leads.LeadDeleted;
import com.targetbot.events.leads.LeadEvent;
import com.targetbot.events.leads.LeadStatusChanged;
import com.targetbot.events.leads.LeadUpdated;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.outbound.TelegramHtml;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Tells the user who submitted a lead that leads-service stored it: the confirmation follows the fact,
 * never the request. Only a pending submission (forgotten after its confirmation TTL) is confirmed, so a replay of
 * old events, as a new consumer group reads them, confirms nothing. Other lead events are not this feature's
 * business.
 */
@Component
class LeadConfirmations {

    private final PendingConfirmations pending;
    private final OutboundMessages outbound;
    private final BotTexts texts;

    LeadConfirmations(PendingConfirmations pending, OutboundMessages outbound, BotTexts texts) {
        this.pending = pending;
        this.outbound = outbound;
        this.texts = texts;
    }

    // Idempotent: the pending submission is forgotten once confirmed, so a redelivery finds none to confirm.
    @KafkaListener(topics = Topics.LEADS_EVENTS_NAME, groupId = "${spring.application.name}.lead-confirmations")
    void on(LeadEvent event) {
        switch (event) {
            case LeadCreated created ->
                pending.find(created.leadId()).ifPresent(recipient -> {
                    String name = TelegramHtml.escape(created.contact().name());
                    // A lead stored before leads got numbers is named by its id. The number goes in as text:
                    // as a number the message format would group its digits (1,042).
                    outbound.sendHtml(
                            recipient.chatId(),
                            created.number() == null
                                    ? texts.text(
                                            recipient.language(),
                                            "lead.stored-unnumbered",
                                            TelegramHtml.escape(created.leadId()),
                                            name)
                                    : texts.text(
                                            recipient.language(),
                                            "lead.stored",
                                            created.number().toString(),
                                            name));
                    pending.forget(created.leadId());
                });
            case LeadUpdated updated -> {}
            case LeadStatusChanged changed -> {}
            case LeadDeleted deleted -> {}
        }
    }
}
