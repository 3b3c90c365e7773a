package com.targetbot.events.telegram;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A Bot API {@code Update} accepted at the edge (webhook or long polling), kept verbatim so fields
 * Telegram adds later reach the bot without a contract change.
 *
 * @param updateId Telegram's {@code update_id}; consumers deduplicate by it
 * @param chatId the chat the update belongs to (the user id for updates without a chat)
 * @param update the raw update object
 */
public record TelegramUpdateReceived(long updateId, long chatId, JsonNode update) implements TelegramUpdateEvent {

    public TelegramUpdateReceived {
        Objects.requireNonNull(update, "update");
    }

    @Override
    public String key() {
        return Long.toString(chatId);
    }
}
