package com.targetbot.telegram;

import static com.targetbot.telegram.TelegramUpdates.newUserId;
import static com.targetbot.telegram.projects.TestProjects.changed;
import static com.targetbot.telegram.projects.TestProjects.chat;
import static com.targetbot.telegram.projects.TestProjects.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.projects.Project;
import com.targetbot.events.projects.ProjectChat;
import com.targetbot.telegram.SandboxTelegram.CallbackAnswer;
import com.targetbot.telegram.SandboxTelegram.SentMessage;
import com.targetbot.telegram.projects.ProjectDirectory;
import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.TopicContents;
import com.targetbot.testkit.TopicProbe;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Binding a group to a project from Telegram: /register's project and role buttons, and the bot's removal. */
class ProjectBindingIT extends BotIntegration {

    static TopicProbe projectCommands;

    @Autowired
    ProjectDirectory directory;

    long group;
    long admin;
    String smile;
    long versions = 1;

    @BeforeAll
    static void probe() {
        projectCommands = new TopicProbe(KafkaFixture.bootstrapServers(), "projects.commands");
    }

    @AfterAll
    static void closeProbe() {
        projectCommands.close();
    }

    @BeforeEach
    void aKnownProject() throws Exception {
        group = -newUserId();
        admin = registered("Олег", "ru", "admin");
        smile = UUID.randomUUID().toString();
        known(project(smile, "Улыбка <центр>", null, null));
    }

    @Test
    void adminPicksTheProjectAndTheRoleFromATopicAndTheBindIsAskedForWithTheTopic() throws Exception {
        say(TelegramUpdates.topicText(group, 5, admin, "Олег", "ru", "/register"));

        SentMessage offer = awaitMessages(group, 1).getFirst();
        assertThat(offer.text()).isEqualTo("Группа зарегистрирована: сюда будут приходить уведомления о новых лидах.");
        assertThat(offer.callbackData()).contains("pj:5:" + smile).endsWith("pj:5:-");
        assertThat(TopicContents.upToNow("telegram.outbound").stream()
                        .map(record -> TelegramUpdates.JSON.readTree(record.value()))
                        .filter(message -> message.get("chatId").asLong() == group))
                .singleElement()
                .satisfies(message ->
                        assertThat(message.get("messageThreadId").asInt()).isEqualTo(5));

        say(bot().press(group, offer.messageId(), admin, "Олег", "ru", "pj:5:" + smile));

        SentMessage roles = redrawn(offer, "Проект «Улыбка &lt;центр&gt;»: чем эта группа для него будет?");
        assertThat(roles.callbackData()).containsExactly("pr:c:5:" + smile, "pr:a:5:" + smile);

        say(bot().press(group, offer.messageId(), admin, "Олег", "ru", "pr:c:5:" + smile));

        JsonNode bind = BotConversation.awaitCommand(projectCommands, "telegram:" + admin);
        assertThat(bind.get("projectId").asString()).isEqualTo(smile);
        assertThat(bind.get("role").asString()).isEqualTo("CLIENT");
        assertThat(bind.get("chat").get("chatId").asLong()).isEqualTo(group);
        assertThat(bind.get("chat").get("topicId").asInt()).isEqualTo(5);
        redrawn(
                offer,
                "Группа привязывается к проекту «Улыбка &lt;центр&gt;» как группа клиента: сюда будут приходить его лиды.");
    }

    @Test
    void aManagerPressingTheProjectButtonsIsRefusedAndNothingIsBound() throws Exception {
        long manager = registered("Anna", "en", "manager");
        say(TelegramUpdates.groupText(group, admin, "Олег", "ru", "/register"));
        SentMessage offer = awaitMessages(group, 1).getFirst();

        say(bot().press(group, offer.messageId(), manager, "Anna", "en", "pj::" + smile));
        say(bot().press(group, offer.messageId(), manager, "Anna", "en", "pr:a::" + smile));

        assertThat(bot().awaitCallbackAnswers(manager, 2))
                .extracting(CallbackAnswer::text)
                .containsOnly("This is for the agency’s admins only.");
        assertThat(sandbox.messages(group)).noneMatch(SentMessage::edited);
        assertThat(BotConversation.allCommandsBy("projects.commands", "telegram:" + manager))
                .isEmpty();
    }

    @Test
    void theBotRemovedFromABoundGroupUnbindsItAndUnregistersIt() throws Exception {
        say(TelegramUpdates.groupText(group, admin, "Олег", "ru", "/register"));
        awaitMessages(group, 1);
        String other = UUID.randomUUID().toString();
        known(project(smile, "Улыбка", chat(group), null));
        known(project(other, "Автосалон", null, new ProjectChat(group, 3)));

        say(TelegramUpdates.botMembership(group, admin, "kicked"));

        await().untilAsserted(() -> assertThat(BotConversation.allCommandsBy("projects.commands", "telegram:" + admin))
                .extracting(command -> command.get("projectId").asString())
                .containsExactlyInAnyOrder(smile, other));
        assertThat(BotConversation.allCommandsBy("projects.commands", "telegram:" + admin))
                .allSatisfy(
                        command -> assertThat(command.get("chatId").asLong()).isEqualTo(group));
        assertThat(redis.opsForHash().hasKey("telegram:groups", Long.toString(group)))
                .isFalse();
    }

    @Test
    void noProjectUnbindsAGroupFromItsProjects() throws Exception {
        say(TelegramUpdates.groupText(group, admin, "Олег", "ru", "/register"));
        SentMessage offer = awaitMessages(group, 1).getFirst();
        known(project(smile, "Улыбка", chat(group), null));

        say(bot().press(group, offer.messageId(), admin, "Олег", "ru", "pj::-"));

        JsonNode unbind = BotConversation.awaitCommand(projectCommands, "telegram:" + admin);
        assertThat(unbind.get("projectId").asString()).isEqualTo(smile);
        assertThat(unbind.get("chatId").asLong()).isEqualTo(group);
        redrawn(offer, "Группа без проекта: сюда приходят новые лиды, которые не относятся ни к одному проекту.");
    }

    /** Publishes the project's next version and waits until the bot's projection holds it. */
    private void known(Project project) throws Exception {
        long version = versions++;
        say(changed(project, version));
        await().until(() -> directory.find(project.id()), found -> found.equals(Optional.of(project)));
    }

    private SentMessage redrawn(SentMessage message, String text) {
        return await().until(
                        () -> sandbox.messages(group).stream()
                                .filter(sent -> sent.messageId() == message.messageId()
                                        && sent.edited()
                                        && sent.text().equals(text))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }
}
