package com.targetbot.telegram;

import static com.targetbot.telegram.TelegramUpdates.newUserId;
import static com.targetbot.telegram.projects.TestProjects.changed;
import static com.targetbot.telegram.projects.TestProjects.chat;
import static com.targetbot.telegram.projects.TestProjects.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.projects.Project;
import com.targetbot.events.projects.ProjectChat;
import com.targetbot.telegram.SandboxTelegram.SentMessage;
import com.targetbot.telegram.projects.ProjectDirectory;
import com.targetbot.testkit.Leads;
import com.targetbot.testkit.TopicContents;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** New leads go to their project's chats, and leads of no known project to the groups bound to no project. */
class ProjectLeadsIT extends BotIntegration {

    @Autowired
    ProjectDirectory directory;

    long clientGroupA;
    long agencyChatA;
    long clientGroupB;
    long unboundGroup;
    String projectA;
    String projectB;

    @BeforeEach
    void twoProjectsAndAGroupOfNone() throws Exception {
        clientGroupA = -newUserId();
        agencyChatA = -newUserId();
        clientGroupB = -newUserId();
        unboundGroup = -newUserId();
        long admin = registered("Олег", "ru", "admin");
        for (long group : List.of(clientGroupA, clientGroupB, unboundGroup)) {
            say(TelegramUpdates.groupText(group, admin, "Олег", "ru", "/register"));
            awaitMessages(group, 1);
        }
        projectA = UUID.randomUUID().toString();
        projectB = UUID.randomUUID().toString();
        known(project(projectA, "Улыбка", new ProjectChat(clientGroupA, 7), chat(agencyChatA)));
        known(project(projectB, "Автосалон", chat(clientGroupB), null));
    }

    @Test
    void leadOfProjectAReachesAsChatsOnlyInTheClientGroupsTopic() throws Exception {
        String leadId = UUID.randomUUID().toString();

        say(lead(leadId, "Алиса", projectA));
        // Same lead id, same partition: once B's group has this one, the first was handled in full.
        say(lead(leadId, "Борис", projectB));

        assertThat(noticeIn(clientGroupB, "Борис").text()).startsWith("🆕 <b>Новый лид</b>");
        assertThat(noticeIn(clientGroupA, "Алиса").text()).contains("<b>Алиса</b>");
        assertThat(noticeIn(agencyChatA, "Алиса").text()).contains("<b>Алиса</b>");
        List<JsonNode> sent = outboundNoticesOf(leadId);
        assertThat(sent)
                .filteredOn(message -> message.get("chatId").asLong() == clientGroupA)
                .singleElement()
                .satisfies(message ->
                        assertThat(message.get("messageThreadId").asInt()).isEqualTo(7));
        assertThat(sent)
                .filteredOn(message -> message.get("chatId").asLong() == agencyChatA)
                .singleElement()
                .satisfies(message ->
                        assertThat(message.get("messageThreadId").isNull()).isTrue());
        assertThat(sent)
                .filteredOn(message -> message.get("chatId").asLong() == clientGroupB)
                .extracting(message -> message.get("text").asString())
                .singleElement()
                .asString()
                .contains("Борис");
        assertThat(sent).noneMatch(message -> message.get("chatId").asLong() == unboundGroup);
    }

    @Test
    void leadOfNoProjectOrOfAnUnknownOneReachesTheGroupsBoundToNoProject() throws Exception {
        String leadId = UUID.randomUUID().toString();

        say(lead(leadId, "Вера", null));
        say(lead(leadId, "Глеб", "no-such-project"));
        say(lead(leadId, "Дарья", projectB));

        noticeIn(clientGroupB, "Дарья");
        assertThat(noticeIn(unboundGroup, "Вера").text()).startsWith("🆕 <b>Новый лид</b>");
        List<JsonNode> sent = outboundNoticesOf(leadId);
        assertThat(sent)
                .filteredOn(message -> message.get("chatId").asLong() == unboundGroup)
                .extracting(message -> message.get("text").asString())
                .singleElement()
                .asString()
                .contains("Вера");
        assertThat(sent)
                .noneMatch(message -> List.of(clientGroupA, agencyChatA)
                        .contains(message.get("chatId").asLong()));
    }

    @Test
    void aManagerAskingForTheLeadsListInAProjectsGroupIsPointedToTheirPrivateChat() throws Exception {
        long manager = registered("Anna", "en", "manager");

        say(TelegramUpdates.groupText(clientGroupB, manager, "Anna", "en", "/leads"));

        assertThat(awaitMessages(clientGroupB, 2).getLast().text())
                .isEqualTo("Эта группа привязана к проекту: его новые лиды приходят сюда сами, а список всех лидов — "
                        + "в личном чате с ботом.");
    }

    private void known(Project project) throws Exception {
        say(changed(project, 1));
        await().until(() -> directory.find(project.id()), Optional::isPresent);
    }

    private static com.targetbot.events.leads.LeadCreated lead(String leadId, String name, @Nullable String projectId) {
        return Leads.leadCreated()
                .leadId(leadId)
                .name(name)
                .phone(null)
                .email("lead@example.com")
                .at(Instant.now())
                .by("api-key:ab")
                .projectId(projectId)
                .build();
    }

    private SentMessage noticeIn(long chatId, String name) {
        return await().until(
                        () -> sandbox.messages(chatId).stream()
                                .filter(message -> message.text().contains("<b>" + name + "</b>"))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    /** Every new-lead notice of the lead queued so far, whatever chat it went to. */
    private static List<JsonNode> outboundNoticesOf(String leadId) {
        return TopicContents.upToNow("telegram.outbound").stream()
                .map(record -> TelegramUpdates.JSON.readTree(record.value()))
                .filter(message -> message.path("replyMarkup").toString().contains("ln:p:" + leadId))
                .toList();
    }
}
