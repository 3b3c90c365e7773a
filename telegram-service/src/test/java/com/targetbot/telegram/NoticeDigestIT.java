package com.targetbot.telegram;

import static com.targetbot.telegram.TelegramUpdates.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.projects.ProjectChat;
import com.targetbot.telegram.SandboxTelegram.SentMessage;
import com.targetbot.telegram.projects.ProjectDirectory;
import com.targetbot.telegram.projects.TestProjects;
import com.targetbot.testkit.Leads;
import com.targetbot.testkit.TopicContents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * A burst of new leads against the per-chat notice budget (15 a minute for groups; lowered to 15 for private
 * chats by the module's test configuration): what the budget holds back comes as one digest per chat.
 */
class NoticeDigestIT extends BotIntegration {

    private static final Duration BURST_TIMEOUT = Duration.ofSeconds(90);

    @Autowired
    ScheduledTaskHolder scheduling;

    @Autowired
    ProjectDirectory directory;

    @Test
    void burstOfTwentyLeadsGivesEachChatFifteenNoticesAndOneDigestOfTheOtherFiveInItsLanguage() throws Exception {
        long admin = bot().registered("Олег", "ru", "admin");
        long englishManager = bot().registered("Anna", "en", "manager");
        long russianGroup = -newUserId();
        bot().say(TelegramUpdates.groupText(russianGroup, admin, "Олег", "ru", "/register"));
        bot().awaitMessages(russianGroup, 1);

        for (int i = 0; i < 20; i++) {
            bot().say(Leads.leadCreated()
                    .leadId(UUID.randomUUID().toString())
                    .name("Lead " + i)
                    .phone(null)
                    .email("lead" + i + "@example.com")
                    .at(Instant.now())
                    .by("api-key:ab")
                    .build());
        }

        await().atMost(BURST_TIMEOUT).until(() -> pending(russianGroup) == 5 && pending(englishManager) == 5);
        Set<String> chatsWithPending = redis.opsForSet().members("telegram:notice-digest-chats");

        digestTask().run();

        // The digest is queued after the chat's notices, so once it is there every notice is too.
        List<SentMessage> inGroup = awaitBurst(russianGroup, 17);
        assertThat(notices(inGroup)).hasSize(15);
        assertThat(inGroup.getLast().text()).isEqualTo("…и ещё 5 новых лидов — /leads");
        List<SentMessage> toManager = awaitBurst(englishManager, 17);
        assertThat(notices(toManager)).hasSize(15);
        assertThat(toManager.getLast().text()).isEqualTo("…and 5 more new leads — /leads");
        assertThat(chatsWithPending).contains(Long.toString(russianGroup), Long.toString(englishManager));
        // Every chat the burst overflowed is told after all its notices: once all are, the queue has drained
        // and the tests after this one are not kept waiting.
        for (String chat : chatsWithPending) {
            await().atMost(BURST_TIMEOUT).until(() -> digests(sandbox.messages(Long.parseLong(chat))) > 0);
        }
    }

    @Test
    void digestTakesTheCountOnceAndARunWithNothingPendingSendsNothing() throws Exception {
        long manager = bot().registered("Anna", "en", "manager");
        // One notice held back, as the budget leaves it.
        redis.opsForValue().increment("telegram:notice-digest:" + manager);
        redis.opsForSet().add("telegram:notice-digest-chats", Long.toString(manager));

        digestTask().run();
        assertThat(awaitBurst(manager, 2).getLast().text()).isEqualTo("…and 1 more new lead — /leads");
        digestTask().run();
        // Replies share the chat's queue and partition with a digest: once the reply is there, so would a digest be.
        bot().say(TelegramUpdates.text(manager, "Anna", "en", "/help"));

        List<SentMessage> sent = awaitBurst(manager, 3);
        assertThat(digests(sent)).isEqualTo(1);
        assertThat(sent.getLast().text()).doesNotStartWith("…");
        assertThat(redis.hasKey("telegram:notice-digest:" + manager)).isFalse();
        assertThat(redis.opsForSet().isMember("telegram:notice-digest-chats", Long.toString(manager)))
                .isFalse();
    }

    @Test
    void aProjectsGroupIsToldInItsTopicWithoutThePointerToTheListOfEveryClientsLeads() throws Exception {
        long group = -newUserId();
        String project = UUID.randomUUID().toString();
        say(TestProjects.changed(TestProjects.project(project, "Улыбка", new ProjectChat(group, 8), null), 1));
        await().until(() -> directory.isBound(group));
        redis.opsForValue().increment("telegram:notice-digest:" + group, 3);
        redis.opsForSet().add("telegram:notice-digest-chats", Long.toString(group));

        digestTask().run();

        assertThat(awaitBurst(group, 1).getLast().text()).isEqualTo("…и ещё 3 новых лида");
        assertThat(TopicContents.upToNow("telegram.outbound").stream()
                        .map(record -> TelegramUpdates.JSON.readTree(record.value()))
                        .filter(message -> message.get("chatId").asLong() == group))
                .singleElement()
                .satisfies(message ->
                        assertThat(message.get("messageThreadId").asInt()).isEqualTo(8));
    }

    /** The digest as scheduled, with the interval of the test configuration: run here instead of waited for. */
    private Runnable digestTask() {
        return scheduling.getScheduledTasks().stream()
                .map(ScheduledTask::getTask)
                .filter(task -> task instanceof FixedDelayTask fixedDelay
                        && fixedDelay.getIntervalDuration().equals(Duration.ofHours(1)))
                .findFirst()
                .orElseThrow()
                .getRunnable();
    }

    private long pending(long chatId) {
        String count = redis.opsForValue().get("telegram:notice-digest:" + chatId);
        return count == null ? 0 : Long.parseLong(count);
    }

    private List<SentMessage> awaitBurst(long chatId, int count) {
        return await().atMost(BURST_TIMEOUT).until(() -> sandbox.messages(chatId), sent -> sent.size() >= count);
    }

    private static long digests(List<SentMessage> sent) {
        return sent.stream().filter(message -> message.text().startsWith("…")).count();
    }

    private static List<SentMessage> notices(List<SentMessage> sent) {
        return sent.stream()
                .filter(message -> message.callbackData().stream().anyMatch(data -> data.startsWith("ln:p:")))
                .toList();
    }
}
