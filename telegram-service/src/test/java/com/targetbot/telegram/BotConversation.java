package com.targetbot.telegram;

import static com.targetbot.telegram.TelegramUpdates.newUserId;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.Event;
import com.targetbot.events.telegram.TelegramUpdateReceived;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.telegram.SandboxTelegram.CallbackAnswer;
import com.targetbot.telegram.SandboxTelegram.SentMessage;
import com.targetbot.testkit.TopicContents;
import com.targetbot.testkit.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/** Plays users against the bot and reads what came of it: the steps the conversation tests share. */
record BotConversation(EventPublisher publisher, StringRedisTemplate redis, SandboxTelegram sandbox) {

    /** Delivers an update (or any event) and waits for the broker's ack. */
    void say(Event event) throws Exception {
        publisher.publish(event).get(10, TimeUnit.SECONDS);
    }

    List<SentMessage> awaitMessages(long chatId, int count) {
        return await().until(() -> sandbox.messages(chatId), sent -> sent.size() >= count);
    }

    /** A new user who sent /start and then got the given role. */
    long registered(String name, String languageCode, String role) throws Exception {
        long user = newUserId();
        say(TelegramUpdates.text(user, name, languageCode, "/start"));
        awaitMessages(user, 1);
        redis.opsForHash().put("telegram:user:" + user, "role", role);
        return user;
    }

    /** A press of a button of the bot's message, as a callback query the sandbox knows. */
    TelegramUpdateReceived press(
            long chatId, int messageId, long userId, String firstName, String languageCode, String data) {
        String queryId = sandbox.openCallbackQuery(userId, chatId, data);
        return TelegramUpdates.press(queryId, chatId, messageId, userId, firstName, languageCode, data);
    }

    /** The bot's answers to the user's presses, once there are {@code count}. */
    List<CallbackAnswer> awaitCallbackAnswers(long userId, int count) {
        return await().until(() -> sandbox.callbackAnswers(userId), answers -> answers.size() >= count);
    }

    static JsonNode awaitCommand(TopicProbe commands, String requestedBy) {
        return await().until(() -> commandsBy(commands, requestedBy), found -> !found.isEmpty())
                .getFirst();
    }

    static List<JsonNode> commandsBy(TopicProbe commands, String requestedBy) {
        return requestedBy(commands.poll(Duration.ofMillis(200)), requestedBy);
    }

    /** Everything on the topic up to its end that {@code requestedBy} asked for: for "nothing was asked" checks. */
    static List<JsonNode> allCommandsBy(String topic, String requestedBy) {
        return requestedBy(TopicContents.upToNow(topic), requestedBy);
    }

    private static List<JsonNode> requestedBy(List<ConsumerRecord<String, byte[]>> records, String requestedBy) {
        return records.stream()
                .map(record -> TelegramUpdates.JSON.readTree(record.value()))
                .filter(json -> requestedBy.equals(json.path("requestedBy").asString(null)))
                .toList();
    }
}
