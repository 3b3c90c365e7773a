package com.targetbot.telegram.outbound;

import com.targetbot.events.telegram.EditTelegramMessage;
import com.targetbot.events.telegram.SendTelegramMessage;
import com.targetbot.kit.kafka.EventPublisher;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import tools.jackson.databind.JsonNode;

/** The outbound feature's API: queues messages for delivery instead of calling the Bot API inline. */
@Component
public class OutboundMessages {

    private static final Logger log = LoggerFactory.getLogger(OutboundMessages.class);

    private final EventPublisher publisher;
    private final TelegramClient client;

    OutboundMessages(EventPublisher publisher, TelegramClient client) {
        this.publisher = publisher;
        this.client = client;
    }

    /**
     * Queues an HTML message and returns once Kafka has it on all in-sync replicas, so a caller consuming
     * an update commits that update only after its reply is safe. Fails (and so gets the update retried)
     * when Kafka does not confirm within the producer's delivery timeout.
     *
     * @param html text in Telegram's HTML parse mode, with user data escaped by {@link TelegramHtml#escape}
     */
    public void sendHtml(long chatId, String html) {
        sendHtml(chatId, html, null);
    }

    /** As {@link #sendHtml(long, String)}, with a keyboard from {@link Keyboards}. */
    public void sendHtml(long chatId, String html, @Nullable JsonNode replyMarkup) {
        sendHtml(chatId, null, html, replyMarkup);
    }

    /** As {@link #sendHtml(long, String, JsonNode)}, in a forum topic of the chat when {@code topicId} is set. */
    public void sendHtml(long chatId, @Nullable Integer topicId, String html, @Nullable JsonNode replyMarkup) {
        publisher
                .publish(new SendTelegramMessage(chatId, html, true, replyMarkup, topicId))
                .join();
    }

    /** Queues the replacement of a message's text and inline keyboard, as {@link #sendHtml(long, String)} queues a message. */
    public void editHtml(long chatId, int messageId, String html, @Nullable JsonNode inlineKeyboard) {
        publisher
                .publish(new EditTelegramMessage(chatId, messageId, html, true, inlineKeyboard))
                .join();
    }

    /**
     * Answers a button press at once, bypassing the queue: Telegram shows a spinner until the answer and
     * drops it after a few seconds, and answers are no chat messages, so the message limits do not apply.
     * Best effort: a lost answer only leaves the spinner, so a failure is logged and not retried.
     *
     * @param alert whether the text is shown as a dialog the user must dismiss instead of a passing toast
     */
    public void answerCallback(String queryId, @Nullable String text, boolean alert) {
        try {
            client.execute(AnswerCallbackQuery.builder()
                    .callbackQueryId(queryId)
                    .text(text)
                    .showAlert(alert)
                    .build());
        } catch (TelegramApiException e) {
            log.info("Callback query {} not answered: {}", queryId, e.getMessage());
        }
    }
}
