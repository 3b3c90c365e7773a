package com.targetbot.events.telegram;

import java.util.Objects;

/**
 * Send a text message to a chat.
 *
 * @param chatId target chat
 * @param text message text, at most 4096 characters; in HTML parse mode all user data is escaped
 * @param html whether {@code text} uses Telegram's HTML parse mode
 */
public record SendTelegramMessage(long chatId, String text, boolean html) implements TelegramOutboundCommand {

    public SendTelegramMessage {
        Objects.requireNonNull(text, "text");
        if (text.isBlank() || text.length() > 4096) {
            throw new IllegalArgumentException("text must have 1..4096 characters");
        }
    }

    @Override
    public String key() {
        return Long.toString(chatId);
    }
}
