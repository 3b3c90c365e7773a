package com.targetbot.telegram.leadform;

import com.targetbot.events.Envelope;
import com.targetbot.events.leads.LeadCreated;
import com.targetbot.events.leads.LeadEvent;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.outbound.TelegramHtml;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Tells the user who submitted a lead that leads-service stored it: the confirmation follows the fact,
 * never the request. Only a pending submission (forgotten after its confirmation TTL) is confirmed, so a replay of
 * old events, as a new consumer group reads them, confirms nothing. Other lead events, including kinds added
 * later, are not this feature's business.
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

    @KafkaListener(topics = "leads.events", groupId = "${spring.application.name}.lead-confirmations")
    void on(Envelope<?> envelope) {
        if (!(envelope.data() instanceof LeadEvent event)) {
            return;
        }
        switch (event) {
            case LeadCreated created ->
                pending.find(created.leadId()).ifPresent(recipient -> {
                    outbound.sendHtml(
                            recipient.chatId(),
                            texts.text(
                                    recipient.language(),
                                    "lead.stored",
                                    TelegramHtml.escape(created.leadId()),
                                    TelegramHtml.escape(created.contact().name())));
                    pending.forget(created.leadId());
                });
            default -> {}
        }
    }
}
