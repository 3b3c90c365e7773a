package com.targetbot.events.telegram;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Replace the text and inline keyboard of a message the bot sent, so a list with buttons changes in place
 * instead of the chat filling with new messages.
 *
 * @param chatId the message's chat
 * @param messageId the message
 * @param text the new text, at most 4096 characters; in HTML parse mode all user data is escaped
 * @param html whether {@code text} uses Telegram's HTML parse mode
 * @param replyMarkup the new inline keyboard ({@code reply_markup}), absent to remove it
 */
public record EditTelegramMessage(
        long chatId,
        int messageId,
        String text,
        boolean html,
        @Nullable JsonNode replyMarkup) implements TelegramOutboundCommand {

    public EditTelegramMessage {
        Objects.requireNonNull(text, "text");
        if (text.isBlank() || text.length() > 4096) {
            throw new IllegalArgumentException("text must have 1..4096 characters");
        }
        if (replyMarkup != null && (replyMarkup.isNull() || replyMarkup.isMissingNode())) {
            replyMarkup = null;
        }
    }

    @Override
    public String key() {
        return Long.toString(chatId);
    }
}
