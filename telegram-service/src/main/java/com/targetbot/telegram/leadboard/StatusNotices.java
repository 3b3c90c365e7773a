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

/**
 * Tells the user who submitted a lead in the bot when someone else moves it to another status. The event
 * names the lead and its owner, the lead's {@code createdBy} ({@code telegram:<user id>}), so no call to
 * leads-service is needed; leads from elsewhere have no one to tell here. Each event is told once, and only
 * while it is news.
 */
@Component
class StatusNotices {

    private static final Logger log = LoggerFactory.getLogger(StatusNotices.class);
    private static final String TELEGRAM_REQUESTER = "telegram:";
    // Redeliveries of one event come within the consumer's retries or a rebalance: days are ample.
    private static final Duration WINDOW = Duration.ofDays(7);

    private final LeadBoard board;
    private final BotUserRepository users;
    private final LanguagePreferences languages;
    private final IdempotencyGuard guard;
    private final OutboundMessages outbound;
    private final BotTexts texts;
    private final Freshness freshness;

    StatusNotices(
            LeadBoard board,
            BotUserRepository users,
            LanguagePreferences languages,
            IdempotencyGuard guard,
            OutboundMessages outbound,
            BotTexts texts,
            Freshness freshness) {
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
        String owner = changed.createdBy();
        String name = changed.name();
        // Both are null only in a v1 event, which names no one to tell.
        if (owner == null || name == null) {
            log.debug("Status change of lead {} names no owner: told to nobody", changed.leadId());
            return;
        }
        if (!owner.startsWith(TELEGRAM_REQUESTER) || owner.equals(changed.changedBy())) {
            return;
        }
        ownerOf(owner).ifPresent(user -> {
            BotLanguage language = languages.resolve(user.id(), user.languageCode());
            outbound.sendHtml(
                    user.chatId(),
                    texts.text(
                            language,
                            "lead.status-changed",
                            TelegramHtml.escape(changed.leadId()),
                            TelegramHtml.escape(name),
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
