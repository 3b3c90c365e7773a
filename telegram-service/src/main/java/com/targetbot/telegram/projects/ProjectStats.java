package com.targetbot.telegram.projects;

import com.targetbot.events.projects.Project;
import com.targetbot.telegram.groups.RegisteredGroups;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.ButtonPress;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.outbound.Keyboards;
import com.targetbot.telegram.outbound.Keyboards.Button;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.outbound.TelegramHtml;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/**
 * {@code /stat} in a project's group: period buttons, then the project's figures for the period from meta-service.
 * The project is always the pressing chat's own, never one the button names, so a group sees only its project.
 */
@Component
public class ProjectStats {

    /** Prefix of the period buttons: {@code st:<period>}. */
    public static final String BUTTON_PREFIX = "st";

    /** Each period: how many days back it starts and ends, counted in the project's zone from its today. */
    private record Period(int fromDaysAgo, int toDaysAgo) {}

    private static final Map<String, Period> PERIODS = Map.of(
            "today", new Period(0, 0),
            "yesterday", new Period(1, 1),
            "7d", new Period(6, 0),
            "30d", new Period(29, 0));

    private static final List<String> ORDER = List.of("today", "yesterday", "7d", "30d");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int MAX_CAMPAIGNS = 10;

    private static final Logger log = LoggerFactory.getLogger(ProjectStats.class);

    private final ProjectDirectory directory;
    private final ProjectStatsClient meta;
    private final RegisteredGroups groups;
    private final OutboundMessages outbound;
    private final BotTexts texts;
    private final Clock clock;

    ProjectStats(
            ProjectDirectory directory,
            ProjectStatsClient meta,
            RegisteredGroups groups,
            OutboundMessages outbound,
            BotTexts texts,
            Clock clock) {
        this.directory = directory;
        this.meta = meta;
        this.groups = groups;
        this.outbound = outbound;
        this.texts = texts;
        this.clock = clock;
    }

    /** {@code /stat}: the period buttons in a group bound to a project; a pointer elsewhere. */
    public void show(IncomingMessage message) {
        BotLanguage language = message.language();
        if (message.privateChat()) {
            outbound.sendHtml(message.chatId(), texts.text(language, "stat.groups-only"));
        } else if (!directory.isBound(message.chatId())) {
            outbound.sendHtml(message.chatId(), message.topicId(), texts.text(language, "project.group-unbound"), null);
        } else {
            List<Button> buttons = ORDER.stream()
                    .map(period ->
                            new Button(texts.text(language, "report.period." + period), BUTTON_PREFIX + ":" + period))
                    .toList();
            outbound.sendHtml(
                    message.chatId(),
                    message.topicId(),
                    texts.text(language, "stat.choose"),
                    Keyboards.inline(List.of(buttons)));
        }
    }

    /** A period button: the figures of each project of the chat it was pressed in, in the group's language. */
    public void onButton(ButtonPress press) {
        String code = press.data().substring(BUTTON_PREFIX.length() + 1);
        Period period = PERIODS.get(code);
        List<Project> own = directory.boundTo(press.chatId());
        if (period == null || own.isEmpty()) {
            outbound.answerCallback(press.queryId(), texts.text(press.language(), "button.unknown"), true);
            return;
        }
        outbound.answerCallback(press.queryId(), null, false);
        BotLanguage language = groups.language(press.chatId()).orElse(press.language());
        for (Project project : own) {
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(project.timeZone())));
            LocalDate from = today.minusDays(period.fromDaysAgo());
            LocalDate to = today.minusDays(period.toDaysAgo());
            String text;
            try {
                ProjectStatsClient.Stats stats = meta.stats(project.id(), from, to);
                text = render(language, project, texts.text(language, "report.period." + code), from, to, stats);
            } catch (RestClientException e) {
                log.warn("meta-service did not answer the figures of project {}: {}", project.id(), e.getMessage());
                text = texts.text(language, "stat.unavailable");
            }
            outbound.sendHtml(press.chatId(), ProjectDirectory.topicIn(project, press.chatId()), text, null);
        }
    }

    private String render(
            BotLanguage language,
            Project project,
            String period,
            LocalDate from,
            LocalDate to,
            ProjectStatsClient.Stats stats) {
        String currency = TelegramHtml.escape(stats.currency());
        String days = from.equals(to) ? DAY.format(from) : DAY.format(from) + " – " + DAY.format(to);
        var text = new StringBuilder(
                        texts.text(language, "stat.header", TelegramHtml.escape(project.name()), period, days))
                .append("\n")
                .append(texts.text(language, "stat.spend", money(stats.spend(), currency)))
                .append("\n")
                .append(texts.text(
                        language,
                        "stat.leads",
                        texts.count(language, "leads", stats.leads()),
                        Long.toString(stats.qualifiedLeads())))
                .append("\n");
        if (stats.costPerLead() == null) {
            text.append(texts.text(language, "stat.cpl-none"));
        } else if (stats.targetCostPerLead() == null) {
            text.append(texts.text(language, "stat.cpl", money(stats.costPerLead(), currency)));
        } else {
            text.append(texts.text(
                    language,
                    "stat.cpl-target",
                    money(stats.costPerLead(), currency),
                    money(stats.targetCostPerLead(), currency)));
        }
        if (!stats.campaigns().isEmpty()) {
            text.append("\n\n").append(texts.text(language, "stat.campaigns"));
            stats.campaigns().stream()
                    .limit(MAX_CAMPAIGNS)
                    .forEach(campaign -> text.append("\n")
                            .append(texts.text(
                                    language,
                                    "stat.campaign",
                                    TelegramHtml.escape(campaign.name()),
                                    money(campaign.spend(), currency),
                                    texts.count(language, "leads", campaign.leads()))));
        }
        return text.toString();
    }

    private static String money(@Nullable BigDecimal amount, String currency) {
        return amount == null ? "—" : amount.stripTrailingZeros().toPlainString() + " " + currency;
    }
}
