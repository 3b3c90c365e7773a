package com.targetbot.sandbox.telegram;

import com.targetbot.sandbox.telegram.RecordedMessage.RecordedDocument;
import com.targetbot.sandbox.telegram.TelegramObjects.Chat;
import com.targetbot.sandbox.telegram.TelegramObjects.Document;
import com.targetbot.sandbox.telegram.TelegramObjects.Message;
import com.targetbot.sandbox.telegram.TelegramObjects.User;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/** sendMessage, sendDocument, the two edits and answerCallbackQuery. */
@Component
class MessageMethods {

    private static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;
    private static final String ATTACH_PREFIX = "attach://";
    private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply"
            + " markup are exactly the same as a current content and reply markup of the message";

    private final BotMessages messages;
    private final TelegramUsers users;
    private final RateLimits rateLimits;
    private final CallbackQueries callbackQueries;
    private final User bot;

    MessageMethods(
            BotMessages messages,
            TelegramUsers users,
            RateLimits rateLimits,
            CallbackQueries callbackQueries,
            TelegramSandboxProperties properties) {
        this.messages = messages;
        this.users = users;
        this.rateLimits = rateLimits;
        this.callbackQueries = callbackQueries;
        this.bot = User.bot(properties.botId());
    }

    BotReply sendMessage(BotApiParams params) {
        long chatId = params.chatId();
        String parseMode = params.text("parse_mode").orElse(null);
        String text = MessageRules.messageText(params.text("text").orElse(null), parseMode);
        JsonNode markup = replyMarkup(params);
        users.checkCanWrite(chatId);
        rateLimits.acquire(chatId);
        RecordedMessage sent = new RecordedMessage(
                messages.nextMessageId(chatId), chatId, text, parseMode, markup, Instant.now(), false, null);
        messages.record(sent);
        return BotReply.of(message(sent, null));
    }

    BotReply sendDocument(BotApiParams params) {
        long chatId = params.chatId();
        String parseMode = params.text("parse_mode").orElse(null);
        String caption = params.text("caption").orElse(null);
        MessageRules.caption(caption, parseMode);
        JsonNode markup = replyMarkup(params);
        RecordedDocument document = document(params);
        users.checkCanWrite(chatId);
        rateLimits.acquire(chatId);
        RecordedMessage sent = new RecordedMessage(
                messages.nextMessageId(chatId), chatId, caption, parseMode, markup, Instant.now(), false, document);
        messages.record(sent);
        return BotReply.of(message(sent, null));
    }

    BotReply editMessageText(BotApiParams params) {
        long chatId = params.chatId();
        int messageId = messageId(params);
        String parseMode = params.text("parse_mode").orElse(null);
        String text = MessageRules.messageText(params.text("text").orElse(null), parseMode);
        JsonNode markup = replyMarkup(params);
        users.checkCanWrite(chatId);
        RecordedMessage edited = messages.edit(chatId, messageId, old -> {
                    if (old.document() != null) {
                        throw BotApiException.badRequest("there is no text in the message to edit");
                    }
                    if (text.equals(old.text()) && Objects.equals(markup, old.replyMarkup())) {
                        throw BotApiException.badRequest(NOT_MODIFIED);
                    }
                    return old.edit(text, parseMode, markup);
                })
                .orElseThrow(() -> BotApiException.badRequest("message to edit not found"));
        return BotReply.of(message(edited, Instant.now().getEpochSecond()));
    }

    BotReply editMessageReplyMarkup(BotApiParams params) {
        long chatId = params.chatId();
        int messageId = messageId(params);
        JsonNode markup = replyMarkup(params);
        users.checkCanWrite(chatId);
        RecordedMessage edited = messages.edit(chatId, messageId, old -> {
                    if (Objects.equals(markup, old.replyMarkup())) {
                        throw BotApiException.badRequest(NOT_MODIFIED);
                    }
                    return old.editMarkup(markup);
                })
                .orElseThrow(() -> BotApiException.badRequest("message to edit not found"));
        return BotReply.of(message(edited, Instant.now().getEpochSecond()));
    }

    BotReply answerCallbackQuery(BotApiParams params) {
        String id = params.text("callback_query_id")
                .filter(s -> !s.isEmpty())
                .orElseThrow(() -> BotApiException.badRequest("query ID is empty"));
        String text = params.text("text").filter(s -> !s.isEmpty()).orElse(null);
        if (text != null && text.length() > 200) {
            throw BotApiException.badRequest("MESSAGE_TOO_LONG");
        }
        callbackQueries.answer(id, text, params.flag("show_alert"));
        return BotReply.of(true);
    }

    private Message message(RecordedMessage sent, @Nullable Long editDate) {
        Chat chat = Chat.of(sent.chatId(), users.find(sent.chatId()).orElse(null));
        RecordedDocument doc = sent.document();
        // Telegram echoes only inline keyboards in the Message; reply keyboards are not part of it.
        JsonNode markup =
                sent.replyMarkup() != null && sent.replyMarkup().has("inline_keyboard") ? sent.replyMarkup() : null;
        return new Message(
                sent.messageId(),
                bot,
                chat,
                sent.sentAt().getEpochSecond(),
                editDate,
                doc == null ? sent.text() : null,
                null,
                doc == null ? null : sent.text(),
                doc == null ? null : fileOf(doc),
                null,
                markup);
    }

    private static Document fileOf(RecordedDocument doc) {
        String id = "BQACAgIAAxkBAAI"
                + UUID.nameUUIDFromBytes(doc.fileName().getBytes(StandardCharsets.UTF_8))
                        .toString()
                        .replace("-", "");
        return new Document(id, id.substring(id.length() - 16), doc.fileName(), doc.mimeType(), doc.sizeBytes());
    }

    /** A new upload (a file part, or {@code attach://name} pointing at one, as telegrambots sends it) or a reference. */
    private static RecordedDocument document(BotApiParams params) {
        MultipartFile file = params.file("document");
        String reference = params.text("document").orElse("");
        if (file == null && reference.startsWith(ATTACH_PREFIX)) {
            file = params.file(reference.substring(ATTACH_PREFIX.length()));
        }
        if (file != null) {
            if (file.isEmpty()) {
                throw BotApiException.badRequest("file must be non-empty");
            }
            if (file.getSize() > MAX_UPLOAD_BYTES) {
                throw BotApiException.tooLarge();
            }
            String name = Objects.requireNonNullElse(file.getOriginalFilename(), "document");
            String mimeType =
                    file.getContentType() == null || file.getContentType().equals("application/octet-stream")
                            ? null
                            : file.getContentType();
            return new RecordedDocument(name, file.getSize(), mimeType);
        }
        if (reference.isEmpty() || reference.startsWith(ATTACH_PREFIX)) {
            throw BotApiException.badRequest("there is no document in the request");
        }
        // A file_id or URL: the sandbox keeps no files, so only the name is known.
        if (!reference.contains("://")) {
            return new RecordedDocument(reference, 0, null);
        }
        try {
            String path = Objects.requireNonNullElse(URI.create(reference).getPath(), "");
            return new RecordedDocument(path.substring(path.lastIndexOf('/') + 1), 0, null);
        } catch (IllegalArgumentException e) {
            throw BotApiException.badRequest("wrong HTTP URL specified");
        }
    }

    private static int messageId(BotApiParams params) {
        if (params.text("inline_message_id").isPresent()) {
            throw BotApiException.badRequest("MESSAGE_ID_INVALID");
        }
        return params.longValue("message_id")
                .map(Math::toIntExact)
                .orElseThrow(() -> BotApiException.badRequest("message identifier is not specified"));
    }

    private static @Nullable JsonNode replyMarkup(BotApiParams params) {
        JsonNode markup = params.json("reply_markup", "can't parse reply keyboard markup JSON object")
                .orElse(null);
        MessageRules.replyMarkup(markup);
        return markup;
    }
}
