package com.targetbot.events.telegram;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Send a text message to a chat.
 *
 * @param chatId target chat
 * @param text message text, at most 4096 characters; in HTML parse mode all user data is escaped
 * @param html whether {@code text} uses Telegram's HTML parse mode
 * @param replyMarkup a Bot API {@code reply_markup} object (inline keyboard, reply keyboard or keyboard
 *     removal) as Telegram defines it, absent for a plain message
 * @param messageThreadId the forum topic of the chat to send it in (Bot API {@code message_thread_id}), absent for
 *     the chat's general one
 */
public record SendTelegramMessage(
        long chatId,
        String text,
        boolean html,
        @Nullable JsonNode replyMarkup,
        @Nullable Integer messageThreadId) implements TelegramOutboundCommand {

    public SendTelegramMessage {
        Objects.requireNonNull(text, "text");
        if (text.isBlank() || text.length() > 4096) {
            throw new IllegalArgumentException("text must have 1..4096 characters");
        }
        // A JSON null reads as a NullNode; absent and null mean the same: no keyboard.
        if (replyMarkup != null && (replyMarkup.isNull() || replyMarkup.isMissingNode())) {
            replyMarkup = null;
        }
    }

    public SendTelegramMessage(long chatId, String text, boolean html, @Nullable JsonNode replyMarkup) {
        this(chatId, text, html, replyMarkup, null);
    }

    public SendTelegramMessage(long chatId, String text, boolean html) {
        this(chatId, text, html, null);
    }

    @Override
    public String key() {
        return Long.toString(chatId);
    }
}
