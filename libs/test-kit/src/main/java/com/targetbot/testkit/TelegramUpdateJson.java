package com.targetbot.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Telegram Bot API {@code Update} carrying a text message, as Telegram posts it to a webhook: for tests that
 * play an update at the gateway or the bot without the sandbox. A text starting with {@code /} is marked as a
 * bot command, as Telegram does.
 *
 * <pre>{@code
 * String json = TelegramUpdateJson.message(updateId).from(userId, "Иван", "ru").text("/start").toJson();
 * }</pre>
 */
public final class TelegramUpdateJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long updateId;
    private long userId;
    private String firstName = "Иван";
    private @Nullable String languageCode;
    private @Nullable Long chatId;
    private String text = "/start";
    private long date = 1_764_000_000L;

    private TelegramUpdateJson(long updateId) {
        this.updateId = updateId;
    }

    public static TelegramUpdateJson message(long updateId) {
        return new TelegramUpdateJson(updateId);
    }

    /** The sender; the chat is their private chat unless {@link #inGroup} says otherwise. */
    public TelegramUpdateJson from(long userId, String firstName, @Nullable String languageCode) {
        this.userId = userId;
        this.firstName = firstName;
        this.languageCode = languageCode;
        return this;
    }

    public TelegramUpdateJson inGroup(long chatId) {
        this.chatId = chatId;
        return this;
    }

    /** When the message was sent, in Unix seconds; a fixed day unless a test needs another. */
    public TelegramUpdateJson date(long epochSeconds) {
        this.date = epochSeconds;
        return this;
    }

    public TelegramUpdateJson text(String text) {
        this.text = text;
        return this;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> from = new LinkedHashMap<>();
        from.put("id", userId);
        from.put("is_bot", false);
        from.put("first_name", firstName);
        if (languageCode != null) {
            from.put("language_code", languageCode);
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("message_id", 1);
        message.put("date", date);
        message.put(
                "chat",
                chatId == null ? Map.of("id", userId, "type", "private") : Map.of("id", chatId, "type", "group"));
        message.put("from", from);
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            message.put(
                    "entities",
                    List.of(Map.of("type", "bot_command", "offset", 0, "length", end < 0 ? text.length() : end)));
        }
        return Map.of("update_id", updateId, "message", message);
    }

    public String toJson() {
        return JSON.writeValueAsString(toMap());
    }
}
