package com.targetbot.telegram.reports;

import com.targetbot.events.Envelope;
import com.targetbot.events.Topics;
import com.targetbot.events.reports.ReportEvent;
import com.targetbot.events.reports.ReportFailed;
import com.targetbot.events.reports.ReportGenerated;
import com.targetbot.kit.idempotency.IdempotencyGuard;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.LanguagePreferences;
import com.targetbot.telegram.notifications.Freshness;
import com.targetbot.telegram.users.BotUser;
import com.targetbot.telegram.users.BotUserRepository;
import java.time.Duration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Outcomes of reports ordered in the bot go to the chat that ordered them, while they are news; the others
 * are not its business.
 */
@Component
class ReportOutcomes {

    // Redeliveries of one event come within the consumer's retries or a rebalance: days are ample.
    private static final Duration WINDOW = Duration.ofDays(7);

    private final Reports reports;
    private final BotUserRepository users;
    private final LanguagePreferences languages;
    private final Freshness freshness;
    private final IdempotencyGuard guard;

    ReportOutcomes(
            Reports reports,
            BotUserRepository users,
            LanguagePreferences languages,
            Freshness freshness,
            IdempotencyGuard guard) {
        this.reports = reports;
        this.users = users;
        this.languages = languages;
        this.freshness = freshness;
        this.guard = guard;
    }

    // Idempotent: the guard tells each event (by its id) once within WINDOW, so a redelivery sends no second link.
    @KafkaListener(topics = Topics.REPORTS_EVENTS_NAME, groupId = "${spring.application.name}.reports")
    void on(Envelope<ReportEvent> envelope) {
        switch (envelope.data()) {
            case ReportGenerated generated -> {
                Long chatId = generated.telegramChatId();
                if (chatId != null && freshness.isNews(generated.generatedAt())) {
                    once(envelope, () -> reports.delivered(generated, chatId, language(chatId)));
                }
            }
            case ReportFailed failed -> {
                Long chatId = failed.telegramChatId();
                if (chatId != null && freshness.isNews(failed.failedAt())) {
                    once(envelope, () -> reports.failed(failed, chatId, language(chatId)));
                }
            }
        }
    }

    private void once(Envelope<ReportEvent> envelope, Runnable tell) {
        guard.runOnce("report-outcome", envelope.id().toString(), WINDOW, tell);
    }

    /** Reports are ordered from private chats, whose id is the user's. */
    private BotLanguage language(long chatId) {
        return languages.resolve(
                chatId, users.find(chatId).map(BotUser::languageCode).orElse(null));
    }
}
