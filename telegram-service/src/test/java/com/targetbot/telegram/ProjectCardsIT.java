package com.targetbot.telegram;

import static com.targetbot.telegram.TelegramUpdates.newUserId;
import static com.targetbot.telegram.projects.TestProjects.changed;
import static com.targetbot.telegram.projects.TestProjects.chat;
import static com.targetbot.telegram.projects.TestProjects.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.projects.Project;
import com.targetbot.events.projects.ProjectChat;
import com.targetbot.events.projects.ProjectKpi;
import com.targetbot.telegram.SandboxTelegram.SentMessage;
import com.targetbot.telegram.projects.ProjectDirectory;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /project}: a group sees its own project's card only; admins list every project in a private chat. */
class ProjectCardsIT extends BotIntegration {

    @Autowired
    ProjectDirectory directory;

    long group;
    String smile;
    String cars;

    @BeforeEach
    void twoProjects() throws Exception {
        group = -newUserId();
        smile = UUID.randomUUID().toString();
        cars = UUID.randomUUID().toString();
        known(project(smile, "Улыбка <центр>", new ProjectChat(group, 9), null));
        Project other = project(cars, "Автосалон", chat(-newUserId()), null);
        known(new Project(
                other.id(),
                other.name(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                other.clientChat(),
                null,
                "Asia/Almaty",
                "KZT",
                ProjectKpi.NONE));
    }

    @Test
    void anyoneInABoundGroupSeesItsOwnProjectsCardOnly() throws Exception {
        long stranger = newUserId();

        say(TelegramUpdates.topicText(group, 9, stranger, "Пётр", "ru", "/project"));

        assertThat(awaitMessages(group, 1))
                .extracting(SentMessage::text)
                .containsExactly("📁 <b>Улыбка &lt;центр&gt;</b>\nРекламные кабинеты: act_1000001\nМенеджер: olga\n"
                        + "Часовой пояс: Europe/Moscow · валюта: RUB\nЦелевая цена лида: 850 RUB\n"
                        + "Дневной бюджет: 15000 RUB\nМесячный бюджет: не задано\nДопустимое отклонение: 15 %");
    }

    @Test
    void aGroupOfNoProjectIsToldSo() throws Exception {
        long unbound = -newUserId();

        say(TelegramUpdates.groupText(unbound, newUserId(), "Anna", "en", "/project"));

        assertThat(awaitMessages(unbound, 1).getFirst().text())
                .isEqualTo("This group is bound to no project. An admin binds it with /register.");
    }

    @Test
    void anAdminListsTheProjectsAndOpensACardWhileAManagerIsRefused() throws Exception {
        long admin = registered("Jon", "en", "admin");
        long manager = registered("Anna", "en", "manager");

        say(TelegramUpdates.text(manager, "Anna", "en", "/project"));
        say(TelegramUpdates.text(admin, "Jon", "en", "/project"));

        assertThat(awaitMessages(manager, 2).getLast().text()).isEqualTo("This is for the agency’s admins only.");
        SentMessage list = awaitMessages(admin, 2).getLast();
        assertThat(list.text()).isEqualTo("<b>Projects</b>: choose whose card to show.");
        assertThat(list.callbackData()).contains("pv:" + smile, "pv:" + cars);

        say(bot().press(admin, list.messageId(), admin, "Jon", "en", "pv:" + cars));

        assertThat(awaitMessages(admin, 3).getLast().text())
                .isEqualTo("📁 <b>Автосалон</b>\nAd accounts: not set\nManager: not set\n"
                        + "Time zone: Asia/Almaty · currency: KZT\nTarget cost per lead: not set\n"
                        + "Daily budget: not set\nMonthly budget: not set\nTolerance: 10 %");
    }

    private void known(Project project) throws Exception {
        say(changed(project, 1));
        await().until(() -> directory.find(project.id()), Optional::isPresent);
    }
}
