package com.targetbot.telegram.leadboard;

import com.targetbot.events.Envelope;
import com.targetbot.events.Topics;
import com.targetbot.events.leads.LeadCreated;
import com.targetbot.events.leads.LeadDeleted;
import com.targetbot.events.leads.LeadEvent;
import com.targetbot.events.leads.LeadStatusChanged;
import com.targetbot.events.leads.LeadUpdated;
import com.targetbot.kit.idempotency.IdempotencyGuard;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.i18n.LanguagePreferences;
import com.targetbot.telegram.notifications.Freshness;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.outbound.TelegramHtml;
import com.targetbot.telegram.users.BotUser;
import com.targetbot.telegram.users.BotUserRepository;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Tells the user who submitted a lead in the bot when someone else moves it to another status. The owner is
 * the lead's {@code createdBy} as leads-service keeps it ({@code telegram:<user id>}); leads from elsewhere
 * have no one to tell here. Each event is told once, and only while it is news.
 */
@Component
class StatusNotices {

    private static final Logger log = LoggerFactory.getLogger(StatusNotices.class);
    private static final String TELEGRAM_REQUESTER = "telegram:";
    // Redeliveries of one event come within the consumer's retries or a rebalance: days are ample.
    private static final Duration WINDOW = Duration.ofDays(7);

    private final LeadsClient leads;
    private final LeadBoard board;
    private final BotUserRepository users;
    private final LanguagePreferences languages;
    private final IdempotencyGuard guard;
    private final OutboundMessages outbound;
    private final BotTexts texts;
    private final Freshness freshness;

    StatusNotices(
            LeadsClient leads,
            LeadBoard board,
            BotUserRepository users,
            LanguagePreferences languages,
            IdempotencyGuard guard,
            OutboundMessages outbound,
            BotTexts texts,
            Freshness freshness) {
        this.leads = leads;
        this.board = board;
        this.users = users;
        this.languages = languages;
        this.guard = guard;
        this.outbound = outbound;
        this.texts = texts;
        this.freshness = freshness;
    }

    // Idempotent: the guard tells each event (by its id) once within WINDOW.
    @KafkaListener(topics = Topics.LEADS_EVENTS_NAME, groupId = "${spring.application.name}.status-notices")
    void on(Envelope<LeadEvent> envelope) {
        switch (envelope.data()) {
            case LeadStatusChanged changed -> {
                if (freshness.isNews(changed.changedAt())) {
                    guard.runOnce("status-notice", envelope.id().toString(), WINDOW, () -> tell(changed));
                }
            }
            case LeadCreated created -> {}
            case LeadUpdated updated -> {}
            case LeadDeleted deleted -> {}
        }
    }

    private void tell(LeadStatusChanged changed) {
        LeadsClient.Lead lead;
        try {
            lead = leads.one(changed.leadId());
        } catch (HttpClientErrorException.NotFound e) {
            log.debug("Lead {} is gone: its status change is told to nobody", changed.leadId());
            return;
        }
        String owner = lead.createdBy();
        if (owner == null || !owner.startsWith(TELEGRAM_REQUESTER) || owner.equals(changed.changedBy())) {
            return;
        }
        ownerOf(owner).ifPresent(user -> {
            BotLanguage language = languages.resolve(user.id(), user.languageCode());
            outbound.sendHtml(
                    user.chatId(),
                    texts.text(
                            language,
                            "lead.status-changed",
                            TelegramHtml.escape(lead.id()),
                            TelegramHtml.escape(lead.name()),
                            board.statusLabel(language, LeadBoard.statusValue(changed.to()))));
        });
    }

    /** The registered, reachable user a {@code telegram:<id>} requester names. */
    private Optional<BotUser> ownerOf(String requester) {
        try {
            return users.find(Long.parseLong(requester.substring(TELEGRAM_REQUESTER.length())))
                    .filter(BotUser::active);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
