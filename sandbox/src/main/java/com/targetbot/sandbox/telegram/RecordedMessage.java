package com.targetbot.sandbox.telegram;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A message the bot sent, as the control API shows it. {@code text} is the caption for documents.
 *
 * @param replyMarkup the keyboard exactly as the bot sent it
 * @param edited whether the bot has edited the text or keyboard since
 */
record RecordedMessage(
        int messageId,
        long chatId,
        @Nullable String text,
        @Nullable String parseMode,
        @Nullable JsonNode replyMarkup,
        Instant sentAt,
        boolean edited,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable RecordedDocument document) {

    RecordedMessage edit(String newText, @Nullable String newParseMode, @Nullable JsonNode newMarkup) {
        return new RecordedMessage(messageId, chatId, newText, newParseMode, newMarkup, sentAt, true, document);
    }

    RecordedMessage editMarkup(@Nullable JsonNode newMarkup) {
        return new RecordedMessage(messageId, chatId, text, parseMode, newMarkup, sentAt, true, document);
    }

    record RecordedDocument(
            String fileName, long sizeBytes, @Nullable String mimeType) {}
}
