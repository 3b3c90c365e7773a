package com.targetbot.telegram.projects;

import com.targetbot.events.projects.Project;
import com.targetbot.events.projects.ProjectKpi;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.ButtonPress;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.outbound.Keyboards;
import com.targetbot.telegram.outbound.Keyboards.Button;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.outbound.TelegramHtml;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /project}: in a group, the card of each project the group is one of the chats of (and never another
 * project's); in an admin's private chat, every project as a button that opens its card.
 */
@Component
public class ProjectCards {

    /** Prefix of the buttons that open a card: {@code pv:<project id>}. */
    public static final String BUTTON_PREFIX = "pv";

    private final ProjectDirectory directory;
    private final OutboundMessages outbound;
    private final BotTexts texts;

    ProjectCards(ProjectDirectory directory, OutboundMessages outbound, BotTexts texts) {
        this.directory = directory;
        this.outbound = outbound;
        this.texts = texts;
    }

    /** The group's own projects' cards (anyone there may ask), or an admin's list (the dispatcher checks). */
    public void show(IncomingMessage message) {
        if (message.privateChat()) {
            list(message);
            return;
        }
        List<Project> own = directory.boundTo(message.chatId());
        if (own.isEmpty()) {
            outbound.sendHtml(
                    message.chatId(), message.topicId(), texts.text(message.language(), "project.group-unbound"), null);
        }
        for (Project project : own) {
            outbound.sendHtml(message.chatId(), message.topicId(), card(message.language(), project), null);
        }
    }

    /** A project button of an admin's list (the dispatcher checks the role): its card. */
    public void onButton(ButtonPress press) {
        String projectId = press.data().substring(BUTTON_PREFIX.length() + 1);
        directory
                .find(projectId)
                .ifPresentOrElse(
                        project -> {
                            outbound.answerCallback(press.queryId(), null, false);
                            outbound.sendHtml(press.chatId(), card(press.language(), project));
                        },
                        () -> outbound.answerCallback(
                                press.queryId(), texts.text(press.language(), "register.project-gone"), true));
    }

    private void list(IncomingMessage message) {
        List<List<Button>> rows = directory.all().stream()
                .filter(project -> (BUTTON_PREFIX + ":" + project.id()).getBytes(StandardCharsets.UTF_8).length
                        <= Keyboards.MAX_CALLBACK_DATA_BYTES)
                .map(project -> List.of(new Button("📁 " + project.name(), BUTTON_PREFIX + ":" + project.id())))
                .toList();
        if (rows.isEmpty()) {
            outbound.sendHtml(message.chatId(), texts.text(message.language(), "project.none"));
        } else {
            outbound.sendHtml(
                    message.chatId(), texts.text(message.language(), "project.choose"), Keyboards.inline(rows));
        }
    }

    String card(BotLanguage language, Project project) {
        ProjectKpi kpi = project.kpi();
        String notSet = texts.text(language, "project.not-set");
        String accounts = project.adAccountIds().isEmpty()
                ? notSet
                : TelegramHtml.escape(String.join(", ", project.adAccountIds()));
        String manager = project.manager() == null ? notSet : TelegramHtml.escape(project.manager());
        return String.join(
                "\n",
                texts.text(language, "project.card-title", TelegramHtml.escape(project.name())),
                texts.text(language, "project.card-accounts", accounts),
                texts.text(language, "project.card-manager", manager),
                texts.text(
                        language,
                        "project.card-zone",
                        TelegramHtml.escape(project.timeZone()),
                        TelegramHtml.escape(project.currency())),
                texts.text(language, "project.card-target-cpl", money(kpi.targetCostPerLead(), project, notSet)),
                texts.text(language, "project.card-daily-budget", money(kpi.dailyBudget(), project, notSet)),
                texts.text(language, "project.card-monthly-budget", money(kpi.monthlyBudget(), project, notSet)),
                texts.text(language, "project.card-tolerance", Integer.toString(kpi.tolerancePercent())));
    }

    private static String money(@Nullable BigDecimal amount, Project project, String notSet) {
        return amount == null
                ? notSet
                : amount.stripTrailingZeros().toPlainString() + " " + TelegramHtml.escape(project.currency());
    }
}
