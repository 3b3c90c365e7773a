package com.targetbot.telegram.status;

import com.targetbot.telegram.config.BotProperties;
import com.targetbot.telegram.i18n.AgencyTime;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.outbound.TelegramHtml;
import com.targetbot.telegram.reports.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The status feature's API: {@code /status} shows the Meta sync, each Meta connection's health, the last report and
 * how updates reach the bot.
 */
@Component
public class IntegrationStatus {

    private final LastMetaSync lastSync;
    private final MetaConnectionsHealth connections;
    private final Reports reports;
    private final OutboundMessages outbound;
    private final BotTexts texts;
    private final BotProperties bot;
    private final AgencyTime time;

    IntegrationStatus(
            LastMetaSync lastSync,
            MetaConnectionsHealth connections,
            Reports reports,
            OutboundMessages outbound,
            BotTexts texts,
            BotProperties bot,
            AgencyTime time) {
        this.lastSync = lastSync;
        this.connections = connections;
        this.reports = reports;
        this.outbound = outbound;
        this.texts = texts;
        this.bot = bot;
        this.time = time;
    }

    public void show(IncomingMessage message) {
        BotLanguage language = message.language();
        List<String> lines = new ArrayList<>();
        lines.add(texts.text(language, "status.header"));
        lines.add(syncLine(language));
        lines.addAll(connectionLines(language));
        lines.add(reports.lastReportStatus(language));
        lines.add(texts.text(language, "status.mode." + bot.mode().name().toLowerCase(Locale.ROOT)));
        outbound.sendHtml(message.chatId(), String.join("\n", lines));
    }

    private String syncLine(BotLanguage language) {
        return lastSync.find()
                .map(sync -> texts.text(
                        language, "status.meta", time.dayAndTime(sync.syncedAt()), sync.adAccounts(), sync.campaigns()))
                .orElseGet(() -> texts.text(language, "status.meta-never"));
    }

    private List<String> connectionLines(BotLanguage language) {
        List<MetaConnectionsHealth.Health> all = connections.all();
        if (all.isEmpty()) {
            return List.of(texts.text(language, "status.connections-none"));
        }
        return all.stream().map(health -> connectionLine(language, health)).toList();
    }

    private String connectionLine(BotLanguage language, MetaConnectionsHealth.Health health) {
        String name = TelegramHtml.escape(health.name());
        return switch (health.state()) {
            case WORKS ->
                health.expiresAt() == null
                        ? texts.text(language, "status.connection-works-forever", name)
                        : texts.text(language, "status.connection-works", name, time.dateTime(health.expiresAt()));
            case EXPIRING ->
                texts.text(
                        language,
                        "status.connection-expiring",
                        name,
                        time.dateTime(Objects.requireNonNull(health.expiresAt(), "an expiring token's expiry")));
            case INVALID ->
                texts.text(
                        language,
                        "status.connection-invalid",
                        name,
                        TelegramHtml.escape(health.reason() == null ? "—" : health.reason()));
        };
    }
}
