package com.targetbot.telegram;

import com.targetbot.events.telegram.TelegramUpdateReceived;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** Bot API updates as Telegram sends them, for tests that publish them the way the gateway does. */
public final class TelegramUpdates {

    static final JsonMapper JSON = JsonMapper.builder().build();
    // update_id is a 32-bit number in the Bot API.
    private static final AtomicInteger UPDATE_IDS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 1 << 30));

    private TelegramUpdates() {}

    public static long newUserId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }

    /** A text message in the user's private chat. */
    static TelegramUpdateReceived text(long userId, String firstName, String languageCode, String text) {
        var message = message(userId, userId, firstName, languageCode);
        message.put("text", text);
        return update("message", message, userId);
    }

    /** An edit of an earlier text message in the chat (the user's private chat when it is their id). */
    static TelegramUpdateReceived edited(long chatId, long userId, String firstName, String languageCode, String text) {
        var message = message(chatId, userId, firstName, languageCode);
        message.put("text", text);
        message.put("edit_date", Instant.now().getEpochSecond());
        return update("edited_message", message, chatId);
    }

    /** A text message in a group chat. */
    static TelegramUpdateReceived groupText(
            long groupId, long userId, String firstName, String languageCode, String text) {
        var message = message(groupId, userId, firstName, languageCode);
        message.put("text", text);
        return update("message", message, groupId);
    }

    /** A text message in a forum topic of a group. */
    static TelegramUpdateReceived topicText(
            long groupId, int topicId, long userId, String firstName, String languageCode, String text) {
        var message = message(groupId, userId, firstName, languageCode);
        message.put("text", text);
        message.put("message_thread_id", topicId);
        message.put("is_topic_message", true);
        return update("message", message, groupId);
    }

    /**
     * The bot's own membership of a group changed ({@code my_chat_member}) to {@code status} ("left", "kicked",
     * "member"…) by the user.
     */
    static TelegramUpdateReceived botMembership(long groupId, long userId, String status) {
        var bot = Map.of("id", 100000001L, "is_bot", true, "first_name", "TargetBot");
        var change = new LinkedHashMap<String, Object>();
        change.put("chat", Map.of("id", groupId, "type", "supergroup", "title", "Agency"));
        change.put("from", from(userId, "Олег", "ru"));
        change.put("date", Instant.now().getEpochSecond());
        change.put("old_chat_member", Map.of("status", "member", "user", bot));
        change.put("new_chat_member", Map.of("status", status, "user", bot, "until_date", 0));
        return update("my_chat_member", change, groupId);
    }

    /** The user's own contact shared with the request-contact button. */
    static TelegramUpdateReceived contact(long userId, String firstName, String languageCode, String phone) {
        var message = message(userId, userId, firstName, languageCode);
        message.put("contact", Map.of("phone_number", phone, "first_name", firstName, "user_id", userId));
        return update("message", message, userId);
    }

    /**
     * Someone else's contact card the user sends (forwarded, or picked from the address book): another name and,
     * when the person is on Telegram, their user id.
     */
    static TelegramUpdateReceived contactCard(
            long userId,
            String firstName,
            String languageCode,
            String phone,
            String cardFirstName,
            @Nullable Long cardUserId) {
        var message = message(userId, userId, firstName, languageCode);
        var contact = new LinkedHashMap<String, Object>();
        contact.put("phone_number", phone);
        contact.put("first_name", cardFirstName);
        if (cardUserId != null) {
            contact.put("user_id", cardUserId);
        }
        message.put("contact", contact);
        return update("message", message, userId);
    }

    /**
     * A press of an inline button of the bot's message {@code messageId} in chat {@code chatId}, as the
     * callback query {@code queryId} (one the sandbox opened, so that the bot's answer to it is recorded).
     */
    static TelegramUpdateReceived press(
            String queryId,
            long chatId,
            int messageId,
            long userId,
            String firstName,
            String languageCode,
            String data) {
        var bot = Map.of("id", 100000001L, "is_bot", true, "first_name", "TargetBot");
        var pressed = new LinkedHashMap<String, Object>();
        pressed.put("message_id", messageId);
        pressed.put("date", Instant.now().getEpochSecond());
        pressed.put("chat", Map.of("id", chatId, "type", chatId > 0 ? "private" : "group"));
        pressed.put("from", bot);
        pressed.put("text", "…");
        var query = new LinkedHashMap<String, Object>();
        query.put("id", queryId);
        query.put("from", from(userId, firstName, languageCode));
        query.put("message", pressed);
        query.put("chat_instance", Long.toString(chatId));
        query.put("data", data);
        return update("callback_query", query, chatId);
    }

    private static LinkedHashMap<String, Object> message(
            long chatId, long userId, String firstName, String languageCode) {
        var message = new LinkedHashMap<String, Object>();
        message.put("message_id", 1);
        message.put("date", Instant.now().getEpochSecond());
        message.put(
                "chat",
                chatId > 0
                        ? Map.of("id", chatId, "type", "private", "first_name", firstName)
                        : Map.of("id", chatId, "type", "group", "title", "Agency"));
        message.put("from", from(userId, firstName, languageCode));
        return message;
    }

    private static Map<String, Object> from(long userId, String firstName, String languageCode) {
        var from = new LinkedHashMap<String, Object>();
        from.put("id", userId);
        from.put("is_bot", false);
        from.put("first_name", firstName);
        from.put("language_code", languageCode);
        return from;
    }

    private static TelegramUpdateReceived update(String kind, Map<String, Object> payload, long chatId) {
        int updateId = UPDATE_IDS.incrementAndGet();
        var update = new LinkedHashMap<String, Object>();
        update.put("update_id", updateId);
        update.put(kind, payload);
        return new TelegramUpdateReceived(updateId, chatId, JSON.valueToTree(update));
    }
}
