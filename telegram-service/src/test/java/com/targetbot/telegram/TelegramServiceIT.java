package com.targetbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.telegram.TelegramUpdateReceived;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.kit.kafka.KafkaKitAutoConfiguration;
import com.targetbot.telegram.SandboxTelegram.SentMessage;
import com.targetbot.telegram.users.BotRole;
import com.targetbot.telegram.users.BotUser;
import com.targetbot.telegram.users.BotUserRepository;
import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

@TelegramServiceTest
class TelegramServiceIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final AtomicInteger UPDATE_IDS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 1 << 30));

    @Autowired
    EventPublisher publisher;

    @Autowired
    BotUserRepository users;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    SandboxTelegram sandbox;

    @Test
    void startRegistersTheUserWithATokenAndWelcomesThemInRussian() throws Exception {
        long userId = newUserId();

        publish(textMessage(UPDATE_IDS.incrementAndGet(), userId, "Иван", "ru", "/start"));

        SentMessage welcome = awaitMessages(userId, 1).getFirst();
        assertThat(welcome.text()).startsWith("Здравствуйте, <b>Иван</b>!").contains("/help");
        assertThat(welcome.parseMode()).isEqualTo("HTML");
        BotUser user = users.find(userId).orElseThrow();
        assertThat(user.token()).isNotNull();
        assertThat(user.chatId()).isEqualTo(userId);
        assertThat(user.firstName()).isEqualTo("Иван");
        assertThat(user.languageCode()).isEqualTo("ru");
        assertThat(user.role()).isEqualTo(BotRole.CLIENT);
        assertThat(user.active()).isTrue();
        assertThat(redis.hasKey("telegram:user:" + userId)).isTrue();
        assertThat(redis.opsForSet().isMember("telegram:users", Long.toString(userId)))
                .isTrue();
    }

    @Test
    void userWithAnEnglishClientIsWelcomedInEnglish() throws Exception {
        long userId = newUserId();

        publish(textMessage(UPDATE_IDS.incrementAndGet(), userId, "Anna", "en-GB", "/start"));

        assertThat(awaitMessages(userId, 1).getFirst().text()).startsWith("Hello, <b>Anna</b>!");
    }

    @Test
    void updateDeliveredTwiceIsAnsweredOnce() throws Exception {
        long userId = newUserId();
        var start = textMessage(UPDATE_IDS.incrementAndGet(), userId, "Иван", "ru", "/start");

        publish(start);
        publish(start);
        // Same chat, same partition: once /help is answered, both copies of /start have been handled.
        publish(textMessage(UPDATE_IDS.incrementAndGet(), userId, "Иван", "ru", "/help"));

        List<SentMessage> sent = awaitMessages(userId, 2);
        assertThat(sent).extracting(SentMessage::text).first().asString().startsWith("Здравствуйте");
        assertThat(sent).extracting(SentMessage::text).last().asString().startsWith("<b>TargetBot</b>");
        assertThat(sandbox.messages(userId)).hasSize(2);
    }

    @Test
    void repeatedStartKeepsTheTokenAndWelcomesTheUserBack() throws Exception {
        long userId = newUserId();
        publish(textMessage(UPDATE_IDS.incrementAndGet(), userId, "Иван", "ru", "/start"));
        awaitMessages(userId, 1);
        var token = users.find(userId).orElseThrow().token();

        publish(textMessage(UPDATE_IDS.incrementAndGet(), userId, "Ваня", "ru", "/start from-ad-42"));

        assertThat(awaitMessages(userId, 2).getLast().text()).startsWith("С возвращением, <b>Ваня</b>!");
        BotUser user = users.find(userId).orElseThrow();
        assertThat(user.token()).isEqualTo(token);
        assertThat(user.firstName()).isEqualTo("Ваня");
    }

    @Test
    void userWhoBlockedTheBotIsMarkedInactiveAndTheReplyIsDeadLetteredWithoutRetries() throws Exception {
        long userId = newUserId();
        publish(textMessage(UPDATE_IDS.incrementAndGet(), userId, "Иван", "ru", "/start"));
        awaitMessages(userId, 1);

        sandbox.block(userId);
        publish(textMessage(UPDATE_IDS.incrementAndGet(), userId, "Иван", "ru", "/help"));

        await().untilAsserted(() ->
                assertThat(users.find(userId).orElseThrow().active()).isFalse());
        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "telegram.outbound.dlt")) {
            await().untilAsserted(() -> assertThat(probe.about(Long.toString(userId), Duration.ofMillis(200)))
                    .singleElement()
                    .satisfies(dead -> assertThat(
                                    TopicProbe.header(dead, KafkaKitAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                            .contains("[403]")
                            .contains("bot was blocked by the user")));
        }
        assertThat(sandbox.messages(userId)).hasSize(1);
    }

    @Test
    void markupInTheFirstNameIsEscapedInTheHtmlWelcome() throws Exception {
        long userId = newUserId();

        publish(textMessage(UPDATE_IDS.incrementAndGet(), userId, "<b>Иван</b>", "ru", "/start"));

        assertThat(awaitMessages(userId, 1).getFirst().text())
                .startsWith("Здравствуйте, <b>&lt;b&gt;Иван&lt;/b&gt;</b>!");
        assertThat(users.find(userId).orElseThrow().firstName()).isEqualTo("<b>Иван</b>");
    }

    @Test
    void textThatIsNoCommandGetsAHint() throws Exception {
        long userId = newUserId();

        publish(textMessage(UPDATE_IDS.incrementAndGet(), userId, "Anna", "en", "how much is a lead?"));

        assertThat(awaitMessages(userId, 1).getFirst().text()).contains("/help");
        assertThat(users.find(userId)).isEmpty();
    }

    @Test
    void updateOfAKindTheBotDoesNotHandleIsSkippedAndLaterUpdatesStillFlow() throws Exception {
        long userId = newUserId();
        var reaction = new LinkedHashMap<String, Object>();
        reaction.put("update_id", UPDATE_IDS.incrementAndGet());
        reaction.put(
                "message_reaction",
                Map.of(
                        "chat", Map.of("id", userId, "type", "private"),
                        "message_id", 1,
                        "user", Map.of("id", userId, "is_bot", false, "first_name", "Anna"),
                        "date", Instant.now().getEpochSecond(),
                        "old_reaction", List.of(),
                        "new_reaction", List.of(Map.of("type", "emoji", "emoji", "👍"))));

        publish(new TelegramUpdateReceived((int) reaction.get("update_id"), userId, JSON.valueToTree(reaction)));
        publish(textMessage(UPDATE_IDS.incrementAndGet(), userId, "Anna", "en", "/help"));

        assertThat(awaitMessages(userId, 1))
                .singleElement()
                .extracting(SentMessage::text)
                .asString()
                .startsWith("<b>TargetBot</b>");
    }

    private void publish(TelegramUpdateReceived update) throws Exception {
        publisher.publish(update).get(10, TimeUnit.SECONDS);
    }

    private List<SentMessage> awaitMessages(long chatId, int count) {
        return await().until(() -> sandbox.messages(chatId), sent -> sent.size() >= count);
    }

    private static long newUserId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }

    /** A private-chat text message as Telegram sends it; {@code update_id} is a 32-bit number in the Bot API. */
    private static TelegramUpdateReceived textMessage(
            int updateId, long userId, String firstName, String languageCode, String text) {
        var from = new LinkedHashMap<String, Object>();
        from.put("id", userId);
        from.put("is_bot", false);
        from.put("first_name", firstName);
        from.put("language_code", languageCode);
        var message = new LinkedHashMap<String, Object>();
        message.put("message_id", 1);
        message.put("date", Instant.now().getEpochSecond());
        message.put("chat", Map.of("id", userId, "type", "private", "first_name", firstName));
        message.put("from", from);
        message.put("text", text);
        var update = new LinkedHashMap<String, Object>();
        update.put("update_id", updateId);
        update.put("message", message);
        return new TelegramUpdateReceived(updateId, userId, JSON.valueToTree(update));
    }
}
