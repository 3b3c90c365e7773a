package com.targetbot.telegram.reporting;

import com.targetbot.events.Envelope;
import com.targetbot.events.reports.ReportEvent;
import com.targetbot.events.reports.ReportFailed;
import com.targetbot.events.reports.ReportGenerated;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.LanguagePreferences;
import com.targetbot.telegram.notifications.Freshness;
import com.targetbot.telegram.users.BotUser;
import com.targetbot.telegram.users.BotUserRepository;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Outcomes of reports ordered in the bot go to the chat that ordered them, while they are news; the others
 * are not its business.
 */
@Component
class ReportOutcomes {

    private final Reports reports;
    private final BotUserRepository users;
    private final LanguagePreferences languages;
    private final Freshness freshness;

    ReportOutcomes(Reports reports, BotUserRepository users, LanguagePreferences languages, Freshness freshness) {
        this.reports = reports;
        this.users = users;
        this.languages = languages;
        this.freshness = freshness;
    }

    @KafkaListener(topics = "reports.events", groupId = "${spring.application.name}.reports")
    void on(Envelope<?> envelope) {
        if (!(envelope.data() instanceof ReportEvent event)) {
            return;
        }
        switch (event) {
            case ReportGenerated generated
            when generated.telegramChatId() != null && freshness.isNews(generated.generatedAt()) -> {
                long chatId = generated.telegramChatId();
                reports.delivered(generated, chatId, language(chatId));
            }
            case ReportFailed failed
            when failed.telegramChatId() != null && freshness.isNews(failed.failedAt()) -> {
                long chatId = failed.telegramChatId();
                reports.failed(failed, chatId, language(chatId));
            }
            default -> {}
        }
    }

    /** Reports are ordered from private chats, whose id is the user's. */
    private BotLanguage language(long chatId) {
        return languages.resolve(
                chatId, users.find(chatId).map(BotUser::languageCode).orElse(null));
    }
}
