package com.targetbot.telegram.status;

import com.targetbot.telegram.config.BotProperties;
import com.targetbot.telegram.i18n.AgencyTime;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.outbound.TelegramHtml;
import com.targetbot.telegram.reports.Reports;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/** The status feature's API: {@code /status} shows the Meta sync, the Meta token, the last report and how updates reach the bot. */
@Component
public class IntegrationStatus {

    private static final Logger log = LoggerFactory.getLogger(IntegrationStatus.class);

    private final LastMetaSync lastSync;
    private final MetaTokenClient token;
    private final Reports reports;
    private final OutboundMessages outbound;
    private final BotTexts texts;
    private final BotProperties bot;
    private final AgencyTime time;

    IntegrationStatus(
            LastMetaSync lastSync,
            MetaTokenClient token,
            Reports reports,
            OutboundMessages outbound,
            BotTexts texts,
            BotProperties bot,
            AgencyTime time) {
        this.lastSync = lastSync;
        this.token = token;
        this.reports = reports;
        this.outbound = outbound;
        this.texts = texts;
        this.bot = bot;
        this.time = time;
    }

    public void show(IncomingMessage message) {
        BotLanguage language = message.language();
        String text = String.join(
                "\n",
                texts.text(language, "status.header"),
                syncLine(language),
                tokenLine(language),
                reports.lastReportStatus(language),
                texts.text(language, "status.mode." + bot.mode().name().toLowerCase(Locale.ROOT)));
        outbound.sendHtml(message.chatId(), text);
    }

    private String syncLine(BotLanguage language) {
        return lastSync.find()
                .map(sync -> texts.text(
                        language, "status.meta", time.dayAndTime(sync.syncedAt()), sync.adAccounts(), sync.campaigns()))
                .orElseGet(() -> texts.text(language, "status.meta-never"));
    }

    private String tokenLine(BotLanguage language) {
        try {
            return token.metaToken()
                    .map(checked -> {
                        String at = time.dateTime(checked.checkedAt());
                        if (!checked.valid()) {
                            return texts.text(
                                    language,
                                    "status.token-invalid",
                                    TelegramHtml.escape(checked.problem() == null ? "—" : checked.problem()),
                                    at);
                        }
                        return checked.expiresAt() == null
                                ? texts.text(language, "status.token-valid-forever", at)
                                : texts.text(language, "status.token-valid", time.dateTime(checked.expiresAt()), at);
                    })
                    .orElseGet(() -> texts.text(language, "status.token-unchecked"));
        } catch (RestClientException e) {
            log.warn("meta-service did not answer: {}", e.getMessage());
            return texts.text(language, "status.token-unavailable");
        }
    }
}
