package com.targetbot.telegram.reports;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import com.targetbot.events.reports.GenerateReport;
import com.targetbot.events.reports.ReportFailed;
import com.targetbot.events.reports.ReportFormat;
import com.targetbot.events.reports.ReportGenerated;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.telegram.i18n.AgencyTime;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.ButtonPress;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.outbound.Keyboards;
import com.targetbot.telegram.outbound.Keyboards.Button;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.outbound.TelegramHtml;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/**
 * The reports feature's API: {@code /report}, its period buttons, report outcomes and the last report for
 * {@code /status}. Who may use them is the dispatchers' business (managers and admins).
 */
@Component
public class Reports {

    /** Prefix of the period buttons' data: {@code rp:<period>}. */
    public static final String BUTTON_PREFIX = "rp";

    private static final Logger log = LoggerFactory.getLogger(Reports.class);

    private final ReportsClient client;
    private final EventPublisher publisher;
    private final OutboundMessages outbound;
    private final BotTexts texts;
    private final AgencyTime time;
    private final Clock clock;
    private final TimeBasedEpochGenerator reportIds = Generators.timeBasedEpochGenerator();
    // Within one delivery: the consumer's own retries would repeat nothing else, and the chat waits.
    private final RetryTemplate linkReads = new RetryTemplate(RetryPolicy.builder()
            .maxRetries(2)
            .delay(Duration.ofMillis(200))
            .multiplier(2)
            .build());

    Reports(
            ReportsClient client,
            EventPublisher publisher,
            OutboundMessages outbound,
            BotTexts texts,
            AgencyTime time,
            Clock clock) {
        this.client = client;
        this.publisher = publisher;
        this.outbound = outbound;
        this.texts = texts;
        this.time = time;
        this.clock = clock;
    }

    /** {@code /report}: the latest reports with links, and buttons to order one for a period. */
    public void show(IncomingMessage message) {
        BotLanguage language = message.language();
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

    /** A period button: orders a report of that period, answered in the chat that pressed it. */
    public void onButton(ButtonPress press) {
        BotLanguage language = press.language();
        String period = press.data().substring(BUTTON_PREFIX.length() + 1);
        if (!GenerateReport.PERIODS.contains(period)) {
            outbound.answerCallback(press.queryId(), texts.text(language, "button.unknown"), true);
            return;
        }
        long presser = press.from().userId();
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
     * asked, so the link is fresh. A few quick retries ride out a hiccup; after them the chat still hears the
     * report is ready and is pointed to {@code /report} for the link, rather than waiting in silence.
     */
    void delivered(ReportGenerated generated, long chatId, BotLanguage language) {
        outbound.sendHtml(
                chatId,
                texts.text(language, "report.ready", texts.count(language, "rows", generated.rows()))
                        + "\n"
                        + link(generated.reportId(), language));
    }

    private String link(String reportId, BotLanguage language) {
        ReportsClient.Report report;
        try {
            report = linkReads.execute(() -> client.one(reportId));
        } catch (RetryException e) {
            log.warn(
                    "reports-service did not give the link of report {}: {}",
                    reportId,
                    e.getCause().getMessage());
            return texts.text(language, "report.link-later");
        }
        return report.downloadUrl() == null
                ? texts.text(language, "report.link-later")
                : "<a href=\"" + TelegramHtml.escape(report.downloadUrl()) + "\">"
                        + texts.text(language, "report.download") + "</a>";
    }

    void failed(ReportFailed failed, long chatId, BotLanguage language) {
        outbound.sendHtml(chatId, texts.text(language, "report.failed", TelegramHtml.escape(failed.reason())));
    }

    /** The {@code /status} line about the newest report, or that reports-service does not answer. */
    public String lastReportStatus(BotLanguage language) {
        try {
            List<ReportsClient.Report> last = client.latest(1);
            return last.isEmpty()
                    ? texts.text(language, "status.report-none")
                    : texts.text(language, "status.report", line(language, last.getFirst()));
        } catch (RestClientException e) {
            log.warn("reports-service did not answer: {}", e.getMessage());
            return texts.text(language, "status.report-unavailable");
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
}
