package com.targetbot.telegram;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The sandbox's Telegram control API: what the bot sent, and users who blocked it. */
public class SandboxTelegram {

    private final RestClient http;

    SandboxTelegram(String baseUrl) {
        this.http = RestClient.builder().baseUrl(baseUrl).build();
    }

    /** Messages the bot sent to the chat, oldest first. */
    public List<SentMessage> messages(long chatId) {
        return http.get()
                .uri("/sandbox/telegram/messages?chatId={chatId}", chatId)
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }

    /** Opens a callback query for a press the test delivers itself; the bot's answer to its id is recorded. */
    public String openCallbackQuery(long userId, long chatId, String data) {
        return http.post()
                .uri("/sandbox/telegram/callback-queries")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("userId", userId, "chatId", chatId, "data", data))
                .retrieve()
                .body(JsonNode.class)
                .get("id")
                .asString();
    }

    /** The bot's answers to the user's button presses, oldest first. */
    public List<CallbackAnswer> callbackAnswers(long userId) {
        return http.get()
                .uri("/sandbox/telegram/callback-answers?userId={userId}", userId)
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }

    /** Plays a user writing to the bot: the sandbox delivers the update to the webhook or queues it for getUpdates. */
    public void play(long userId, String firstName, String languageCode, String text) {
        http.post()
                .uri("/sandbox/telegram/updates")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("userId", userId, "firstName", firstName, "languageCode", languageCode, "text", text))
                .retrieve()
                .toBodilessEntity();
    }

    /** From now on, sending to the user's private chat fails with 403 as it does in Telegram. */
    public void block(long userId) {
        http.post()
                .uri("/sandbox/telegram/users/{userId}/blocked", userId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("blocked", true))
                .retrieve()
                .toBodilessEntity();
    }

    /** Switches the sandbox's enforcement of Telegram's flood limits (real 429 answers) on or off. */
    public void enforceRateLimits(boolean enforce) {
        http.put()
                .uri("/sandbox/telegram/rate-limits")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("enforce", enforce))
                .retrieve()
                .toBodilessEntity();
    }

    /** Sends the sandbox refused with 429 so far. */
    public long rateLimited() {
        return http.get()
                .uri("/sandbox/telegram/stats")
                .retrieve()
                .body(JsonNode.class)
                .get("rateLimited")
                .asLong();
    }

    /** The bot's answer to a press: a popup text (an alert the user dismisses, or a passing notice) or none. */
    public record CallbackAnswer(
            long chatId, String data, @Nullable String text, boolean showAlert) {}

    /** A message as the sandbox recorded it. */
    public record SentMessage(
            int messageId,
            long chatId,
            String text,
            String parseMode,
            @Nullable JsonNode replyMarkup,
            boolean edited,
            Instant sentAt) {

        /** The callback data of the inline buttons, row by row. */
        public List<String> callbackData() {
            if (replyMarkup == null || !replyMarkup.has("inline_keyboard")) {
                return List.of();
            }
            return replyMarkup
                    .get("inline_keyboard")
                    .valueStream()
                    .flatMap(JsonNode::valueStream)
                    .map(button -> button.get("callback_data").asString())
                    .toList();
        }
    }
}
