package com.targetbot.telegram.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetbot.events.telegram.EditTelegramMessage;
import com.targetbot.events.telegram.SendTelegramMessage;
import com.targetbot.kit.kafka.RejectedEventException;
import com.targetbot.telegram.users.BotUserRepository;
import java.io.Serializable;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ForceReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Delivers one message through the Bot API and turns Telegram's refusals into what the consumer's error
 * handling understands: {@link RejectedEventException} for a message that can never be delivered (straight
 * to the dead-letter topic, no retry), any other exception for a failure worth retrying.
 */
class BotApiSender {

    private static final Logger log = LoggerFactory.getLogger(BotApiSender.class);

    // Spelled as the Bot API documents it; telegrambots' ParseMode.HTML is lower-case.
    private static final String HTML_PARSE_MODE = "HTML";
    private static final String NOT_MODIFIED = "message is not modified";

    // telegrambots' objects are Jackson 2 types; the contract carries the markup as a Jackson 3 tree.
    private final ObjectMapper telegramMapper =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final TelegramClient client;
    private final BotUserRepository users;
    private final Duration maxRetryAfter;
    private final Pause pause;
    private final Throttle throttle;

    BotApiSender(
            TelegramClient client, BotUserRepository users, Duration maxRetryAfter, Pause pause, Throttle throttle) {
        this.client = client;
        this.users = users;
        this.maxRetryAfter = maxRetryAfter;
        this.pause = pause;
        this.throttle = throttle;
    }

    void send(SendTelegramMessage message) {
        var request = SendMessage.builder()
                .chatId(message.chatId())
                .messageThreadId(message.messageThreadId())
                .text(message.text())
                .parseMode(message.html() ? HTML_PARSE_MODE : null)
                .replyMarkup(message.replyMarkup() == null ? null : replyKeyboard(message.replyMarkup()))
                .build();
        execute(message.chatId(), request);
    }

    void edit(EditTelegramMessage message) {
        var request = EditMessageText.builder()
                .chatId(message.chatId())
                .messageId(message.messageId())
                .text(message.text())
                .parseMode(message.html() ? HTML_PARSE_MODE : null)
                .replyMarkup(
                        message.replyMarkup() == null
                                ? null
                                : (InlineKeyboardMarkup) replyKeyboard(message.replyMarkup()))
                .build();
        try {
            execute(message.chatId(), request);
        } catch (RejectedEventException e) {
            // Two presses that lead to the same text: the message already shows what was asked for.
            if (e.getMessage() != null && e.getMessage().contains(NOT_MODIFIED)) {
                log.debug("Message {} in chat {} already up to date", message.messageId(), message.chatId());
                return;
            }
            throw e;
        }
    }

    private <T extends Serializable> void execute(long chatId, BotApiMethod<T> request) {
        Throttle.Slot slot;
        try {
            slot = throttle.acquire(chatId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotApiUnavailableException("interrupted waiting to send to chat " + chatId, e);
        }
        try {
            client.execute(request);
        } catch (TelegramApiRequestException e) {
            throw refused(chatId, e);
        } catch (TelegramApiValidationException e) {
            throw new RejectedEventException("message to chat " + chatId + " is invalid: " + e.getMessage());
        } catch (TelegramApiException e) {
            throw new BotApiUnavailableException("Bot API unreachable sending to chat " + chatId, e);
        } finally {
            slot.release();
        }
    }

    /**
     * The contract's {@code reply_markup} as the telegrambots type for its kind: {@link ReplyKeyboard} is an
     * interface, so its JSON names the concrete class by the field only that kind has.
     */
    private ReplyKeyboard replyKeyboard(tools.jackson.databind.JsonNode markup) {
        Class<? extends ReplyKeyboard> kind;
        if (markup.has("inline_keyboard")) {
            kind = InlineKeyboardMarkup.class;
        } else if (markup.has("keyboard")) {
            kind = ReplyKeyboardMarkup.class;
        } else if (markup.has("remove_keyboard")) {
            kind = ReplyKeyboardRemove.class;
        } else if (markup.has("force_reply")) {
            kind = ForceReplyKeyboard.class;
        } else {
            throw new RejectedEventException("reply_markup of an unknown kind: " + markup.propertyNames());
        }
        try {
            return telegramMapper.readValue(markup.toString(), kind);
        } catch (JsonProcessingException e) {
            throw new RejectedEventException("reply_markup is malformed: " + e.getOriginalMessage());
        }
    }

    private RuntimeException refused(long chatId, TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        String reason = "Telegram answered [" + code + "] " + e.getApiResponse() + " sending to chat " + chatId;
        return switch (code) {
            // The user blocked the bot, deleted their account or removed it from the group: retrying cannot help.
            case 403 -> {
                boolean known = users.markInactive(chatId);
                log.info("Chat {} cannot be reached ({}); registered user marked inactive: {}", chatId, reason, known);
                yield new RejectedEventException(reason);
            }
            // Malformed request (bad HTML, unknown chat, text too long): the same message fails again.
            case 400 -> new RejectedEventException(reason);
            case 429 -> {
                waitRetryAfter(e.getParameters());
                yield new RateLimitedException(reason);
            }
            default -> new BotApiUnavailableException(reason, e);
        };
    }

    /**
     * Flood control: waits as long as Telegram asks (up to the configured cap) before the consumer's retry,
     * holding the partition so the chat's later messages keep their order.
     */
    private void waitRetryAfter(@Nullable ResponseParameters parameters) {
        Integer seconds = parameters == null ? null : parameters.getRetryAfter();
        Duration asked = Duration.ofSeconds(seconds == null ? 1 : Math.max(seconds, 0));
        Duration wait = asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked;
        try {
            pause.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** How the sender waits; tests pass one that only records. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }
}
