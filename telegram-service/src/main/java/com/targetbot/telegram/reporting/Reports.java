package com.targetbot.telegram.reporting;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import com.targetbot.events.reports.GenerateReport;
import com.targetbot.events.reports.ReportFailed;
import com.targetbot.events.reports.ReportFormat;
import com.targetbot.events.reports.ReportGenerated;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.telegram.config.BotProperties;
import com.targetbot.telegram.i18n.AgencyTime;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.ButtonPress;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.outbound.Keyboards;
import com.targetbot.telegram.outbound.Keyboards.Button;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.outbound.TelegramHtml;
import com.targetbot.telegram.users.BotUser;
import com.targetbot.telegram.users.BotUserRepository;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/** The reporting feature's API: {@code /report}, its period buttons, report outcomes and {@code /status}. */
@Component
public class Reports {

    /** Prefix of the period buttons' data: {@code rp:<period>}. */
    public static final String BUTTON_PREFIX = "rp";

    private static final Logger log = LoggerFactory.getLogger(Reports.class);

    private final ReportsClient client;
    private final BotUserRepository users;
    private final EventPublisher publisher;
    private final OutboundMessages outbound;
    private final BotTexts texts;
    private final AgencyTime time;
    private final BotProperties bot;
    private final Clock clock;
    private final TimeBasedEpochGenerator reportIds = Generators.timeBasedEpochGenerator();

    Reports(
            ReportsClient client,
            BotUserRepository users,
            EventPublisher publisher,
            OutboundMessages outbound,
            BotTexts texts,
            AgencyTime time,
            BotProperties bot,
            Clock clock) {
        this.client = client;
        this.users = users;
        this.publisher = publisher;
        this.outbound = outbound;
        this.texts = texts;
        this.time = time;
        this.bot = bot;
        this.clock = clock;
    }

    /** {@code /report}: the latest reports with links, and buttons to order one for a period. */
    public void show(IncomingMessage message) {
        BotLanguage language = message.language();
        if (!allowed(message.from().userId())) {
            outbound.sendHtml(message.chatId(), texts.text(language, "leads.managers-only"));
            return;
        }
        List<ReportsClient.Report> latest;
        try {
            latest = client.latest(ReportsClient.LATEST);
        } catch (RestClientException e) {
            log.warn("reports-service did not answer: {}", e.getMessage());
            outbound.sendHtml(message.chatId(), texts.text(language, "report.unavailable"));
            return;
        }
        var text = new StringBuilder(texts.text(language, "report.header"));
        if (latest.isEmpty()) {
            text.append("\n").append(texts.text(language, "report.none"));
        }
        for (int i = 0; i < latest.size(); i++) {
            text.append("\n").append(i + 1).append(". ").append(line(language, latest.get(i)));
        }
        text.append("\n\n").append(texts.text(language, "report.order"));
        var buttons = GenerateReport.PERIODS.stream()
                .map(period ->
                        new Button(texts.text(language, "report.period." + period), BUTTON_PREFIX + ":" + period))
                .toList();
        outbound.sendHtml(
                message.chatId(),
                text.toString(),
                Keyboards.inline(List.of(buttons.subList(0, 2), buttons.subList(2, 4))));
    }

    /** A period button: only managers and admins may order a report, whatever the button says. */
    public void onButton(ButtonPress press) {
        BotLanguage language = press.language();
        String period = press.data().substring(BUTTON_PREFIX.length() + 1);
        if (!GenerateReport.PERIODS.contains(period)) {
            outbound.answerCallback(press.queryId(), texts.text(language, "button.unknown"), true);
            return;
        }
        long presser = press.from().userId();
        if (!allowed(presser)) {
            outbound.answerCallback(press.queryId(), texts.text(language, "leads.managers-only"), true);
            return;
        }
        String reportId = reportIds.generate().toString();
        publisher
                .publish(new GenerateReport(
                        reportId, ReportFormat.CSV, "telegram:" + presser, clock.instant(), press.chatId(), period))
                .join();
        outbound.answerCallback(press.queryId(), null, false);
        outbound.sendHtml(
                press.chatId(),
                texts.text(language, "report.ordered", texts.text(language, "report.period." + period)));
    }

    /**
     * A finished report for a chat that asked: the link comes from reports-service, which signs it when
     * asked, so the link is fresh. A failure to fetch it is retried by the consumer.
     */
    void delivered(ReportGenerated generated, long chatId, BotLanguage language) {
        ReportsClient.Report report = client.one(generated.reportId());
        String link = report.downloadUrl() == null
                ? ""
                : "\n<a href=\"" + TelegramHtml.escape(report.downloadUrl()) + "\">"
                        + texts.text(language, "report.download") + "</a>";
        outbound.sendHtml(
                chatId, texts.text(language, "report.ready", texts.count(language, "rows", generated.rows())) + link);
    }

    void failed(ReportFailed failed, long chatId, BotLanguage language) {
        outbound.sendHtml(chatId, texts.text(language, "report.failed", TelegramHtml.escape(failed.reason())));
    }

    /** {@code /status}: Meta sync, the Meta token, the last report and how updates reach the bot. */
    public void status(IncomingMessage message) {
        BotLanguage language = message.language();
        if (!allowed(message.from().userId())) {
            outbound.sendHtml(message.chatId(), texts.text(language, "leads.managers-only"));
            return;
        }
        var text = new StringBuilder(texts.text(language, "status.header"));
        try {
            text.append("\n")
                    .append(client.metaStats()
                            .map(stats -> texts.text(
                                    language,
                                    "status.meta",
                                    stats.syncedAt() == null ? "—" : time.dayAndTime(stats.syncedAt()),
                                    stats.totals().adAccounts(),
                                    stats.totals().campaigns()))
                            .orElseGet(() -> texts.text(language, "status.meta-never")));
        } catch (RestClientException e) {
            text.append("\n").append(texts.text(language, "status.meta-unavailable"));
        }
        text.append("\n").append(tokenLine(language));
        try {
            List<ReportsClient.Report> last = client.latest(1);
            text.append("\n")
                    .append(
                            last.isEmpty()
                                    ? texts.text(language, "status.report-none")
                                    : texts.text(language, "status.report", line(language, last.getFirst())));
        } catch (RestClientException e) {
            text.append("\n").append(texts.text(language, "status.report-unavailable"));
        }
        text.append("\n")
                .append(texts.text(language, "status.mode." + bot.mode().name().toLowerCase(Locale.ROOT)));
        outbound.sendHtml(message.chatId(), text.toString());
    }

    private String tokenLine(BotLanguage language) {
        try {
            return client.metaToken()
                    .map(token -> {
                        String checked = time.dateTime(token.checkedAt());
                        if (!token.valid()) {
                            return texts.text(
                                    language,
                                    "status.token-invalid",
                                    TelegramHtml.escape(token.problem() == null ? "—" : token.problem()),
                                    checked);
                        }
                        return token.expiresAt() == null
                                ? texts.text(language, "status.token-valid-forever", checked)
                                : texts.text(language, "status.token-valid", time.dateTime(token.expiresAt()), checked);
                    })
                    .orElseGet(() -> texts.text(language, "status.token-unchecked"));
        } catch (RestClientException e) {
            return texts.text(language, "status.token-unavailable");
        }
    }

    private String line(BotLanguage language, ReportsClient.Report report) {
        var line = new StringBuilder();
        if (report.createdAt() != null) {
            line.append(time.dayAndTime(report.createdAt())).append(" · ");
        }
        line.append(statusLabel(language, report.status()));
        if (report.rows() != null) {
            line.append(" · ").append(texts.count(language, "rows", report.rows()));
        }
        if (report.downloadUrl() != null) {
            line.append(" · <a href=\"")
                    .append(TelegramHtml.escape(report.downloadUrl()))
                    .append("\">")
                    .append(texts.text(language, "report.download"))
                    .append("</a>");
        }
        return line.toString();
    }

    private String statusLabel(BotLanguage language, @Nullable String status) {
        return switch (status == null ? "" : status) {
            case "pending", "ready", "failed" -> texts.text(language, "report.status." + status);
            default -> TelegramHtml.escape(String.valueOf(status));
        };
    }

    private boolean allowed(long userId) {
        return users.find(userId)
                .filter(BotUser::active)
                .map(user -> user.role().managesLeads())
                .orElse(false);
    }
}
