package com.targetbot.telegram.outbound;

import com.targetbot.events.telegram.SendTelegramMessage;
import com.targetbot.kit.kafka.RejectedEventException;
import com.targetbot.telegram.users.BotUserRepository;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
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

    private final TelegramClient client;
    private final BotUserRepository users;
    private final Duration maxRetryAfter;
    private final Pause pause;

    BotApiSender(TelegramClient client, BotUserRepository users, Duration maxRetryAfter, Pause pause) {
        this.client = client;
        this.users = users;
        this.maxRetryAfter = maxRetryAfter;
        this.pause = pause;
    }

    void send(SendTelegramMessage message) {
        var request = SendMessage.builder()
                .chatId(message.chatId())
                .text(message.text())
                .parseMode(message.html() ? HTML_PARSE_MODE : null)
                .build();
        try {
            client.execute(request);
        } catch (TelegramApiRequestException e) {
            throw refused(message.chatId(), e);
        } catch (TelegramApiValidationException e) {
            throw new RejectedEventException("message to chat " + message.chatId() + " is invalid: " + e.getMessage());
        } catch (TelegramApiException e) {
            throw new BotApiUnavailableException("Bot API unreachable sending to chat " + message.chatId(), e);
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
