package com.targetbot.telegram;

import static com.targetbot.telegram.TelegramUpdates.newUserId;
import static com.targetbot.telegram.projects.TestProjects.changed;
import static com.targetbot.telegram.projects.TestProjects.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.projects.ProjectChat;
import com.targetbot.telegram.SandboxTelegram.CallbackAnswer;
import com.targetbot.telegram.SandboxTelegram.SentMessage;
import com.targetbot.telegram.projects.ProjectDirectory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /stat}: a project's group sees its own project's figures from meta-service for the period it picks. */
class ProjectStatsIT extends BotIntegration {

    @Autowired
    ProjectDirectory directory;

    long group;
    String smile;

    @BeforeEach
    void aGroupBoundToAProject() throws Exception {
        group = -newUserId();
        long admin = registered("Олег", "ru", "admin");
        say(TelegramUpdates.groupText(group, admin, "Олег", "ru", "/register"));
        awaitMessages(group, 1);
        smile = UUID.randomUUID().toString();
        say(changed(project(smile, "Улыбка <центр>", new ProjectChat(group, 4), null), 1));
        await().until(() -> directory.find(smile), Optional::isPresent);
        ServiceStubs.answer("/projects/" + smile + "/stats", """
                {"currency":"RUB","spend":12345.50,"leads":42,"qualifiedLeads":30,"costPerLead":293.94,
                 "targetCostPerLead":850,"campaigns":[
                  {"id":"1201","name":"Имплантация <осень>","spend":10000,"leads":21},
                  {"id":"1202","name":"Брекеты","spend":2345.5,"leads":0}]}""");
    }

    @Test
    void anyoneInTheGroupPicksAPeriodAndGetsTheProjectsFiguresInItsTopic() throws Exception {
        long client = newUserId();

        say(TelegramUpdates.topicText(group, 4, client, "Пётр", "ru", "/stat"));

        SentMessage periods = awaitMessages(group, 2).getLast();
        assertThat(periods.text()).isEqualTo("📊 Цифры проекта: за какой период?");
        assertThat(periods.callbackData()).containsExactly("st:today", "st:yesterday", "st:7d", "st:30d");

        say(bot().press(group, periods.messageId(), client, "Pete", "en", "st:7d"));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        assertThat(awaitMessages(group, 3).getLast().text())
                .isEqualTo("📊 <b>Улыбка &lt;центр&gt;</b> · 7 дней (" + day.format(today.minusDays(6)) + " – "
                        + day.format(today) + ")\nРасход: 12345.5 RUB\n42 лида, квалифицированных: 30\n"
                        + "Цена лида: 293.94 RUB (цель: 850 RUB)\n\n<b>Кампании</b>\n"
                        + "• Имплантация &lt;осень&gt;: 10000 RUB, 21 лид\n• Брекеты: 2345.5 RUB, 0 лидов");
    }

    @Test
    void aGroupOfNoProjectHasNoFiguresToAskFor() throws Exception {
        long unbound = -newUserId();
        long user = newUserId();

        say(TelegramUpdates.groupText(unbound, user, "Anna", "en", "/stat"));
        say(bot().press(unbound, 1, user, "Anna", "en", "st:today"));

        assertThat(awaitMessages(unbound, 1).getFirst().text())
                .isEqualTo("This group is bound to no project. An admin binds it with /register.");
        assertThat(bot().awaitCallbackAnswers(user, 1))
                .extracting(CallbackAnswer::text)
                .containsExactly("This button no longer works.");
    }
}
