package com.targetbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.awaitility.core.ConditionFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A Telegram user played through the sandbox's control API. The sandbox turns each action into the Update
 * Telegram would send and posts it to its webhook, the gateway's {@code /telegram/webhook} with the secret
 * token, so every step crosses the gateway, Kafka and telegram-service before the bot's answer is recorded
 * by the sandbox's Bot API. One instance is the user in one chat: their private chat, or a group via {@link #in}.
 */
final class TelegramUser {

    /**
     * How the notifications the bot sends on its own begin: new leads (to every manager, whenever any test
     * stores a lead) and Meta alerts (to every admin). They may come between any two steps, so none is a reply.
     */
    private static final List<String> NOTIFICATION_MARKS = List.of("🆕", "⚠️", "⛔");

    private final Http sandbox;
    private final long id;
    private final long chatId;
    private final String firstName;
    private final String languageCode;
    /** How many of the chat's recorded messages were taken as replies or were there before this view. */
    private int taken;

    private TelegramUser(Http sandbox, long id, long chatId, String firstName, String languageCode) {
        this.sandbox = sandbox;
        this.id = id;
        this.chatId = chatId;
        this.firstName = firstName;
        this.languageCode = languageCode;
        this.taken = messages().size();
    }

    /** A user the bot has never seen, in their private chat. */
    static TelegramUser newUser(Http sandbox, String firstName, String languageCode) {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        return new TelegramUser(sandbox, id, id, firstName, languageCode);
    }

    /** A basic group nobody has used yet (Telegram gives basic groups negative ids). */
    static long newGroup() {
        return -ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }

    /** Waits as long as a loaded machine may need for a trip through the gateway, Kafka and back. */
    static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100));
    }

    /** The same user acting in another chat, e.g. a group; replies there are counted from now. */
    TelegramUser in(long otherChatId) {
        return new TelegramUser(sandbox, id, otherChatId, firstName, languageCode);
    }

    long id() {
        return id;
    }

    long chatId() {
        return chatId;
    }

    String languageCode() {
        return languageCode;
    }

    void says(String text) {
        play(Map.of("text", text));
    }

    /** Edits the text of their last message; Telegram sends the new text as an edited_message. */
    void editsLastMessage(String text) {
        play(Map.of("text", text, "editsLastMessage", true));
    }

    /** Shares their own contact with the request-contact button; Telegram sends the number without a plus. */
    void sharesOwnContact(String phone) {
        play(Map.of("contactPhone", phone));
    }

    /**
     * Sends the contact card of someone not on Telegram (picked from the address book): the number and that
     * person's name, no Telegram user id.
     */
    void sendsContactCard(String phone, String cardFirstName) {
        play(Map.of("contactPhone", phone, "contactFirstName", cardFirstName));
    }

    /** Presses the button labelled {@code label} of the bot's message. */
    void presses(BotMessage message, String label) {
        play(Map.of("callbackData", message.callbackData(label)));
    }

    /** The bot's next message in this chat after those already taken, waiting for it. */
    BotMessage reply() {
        return eventually().until(this::nextReply, found -> found != null);
    }

    /** Every message the bot sent to this chat so far, oldest first; edits replace the text in place. */
    List<BotMessage> messages() {
        var response = sandbox.get("/sandbox/telegram/messages?chatId=" + chatId, Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        return Http.json(response).valueStream().map(BotMessage::of).toList();
    }

    /** The bot's answers to this user's button presses (in any chat), oldest first, once there are {@code count}. */
    List<CallbackAnswer> awaitCallbackAnswers(int count) {
        return eventually().until(this::callbackAnswers, answers -> answers.size() >= count);
    }

    private List<CallbackAnswer> callbackAnswers() {
        var response = sandbox.get("/sandbox/telegram/callback-answers?userId=" + id, Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        return Http.json(response)
                .valueStream()
                .map(answer -> new CallbackAnswer(
                        answer.get("text").isNull() ? null : answer.get("text").asString(),
                        answer.get("showAlert").asBoolean()))
                .toList();
    }

    /** The first message in this chat, taken or not, that matches; waiting for it. */
    BotMessage awaitMessage(Predicate<BotMessage> which) {
        return eventually()
                .until(() -> messages().stream().filter(which).findFirst(), found -> found.isPresent())
                .orElseThrow();
    }

    private @Nullable BotMessage nextReply() {
        List<BotMessage> all = messages();
        for (int i = taken; i < all.size(); i++) {
            BotMessage message = all.get(i);
            if (NOTIFICATION_MARKS.stream().noneMatch(message.text()::startsWith)) {
                taken = i + 1;
                // Every text of the bot is Telegram HTML, escaped accordingly: a plain-text send would show tags.
                assertThat(message.parseMode()).as(message.text()).isEqualTo("HTML");
                return message;
            }
        }
        return null;
    }

    private void play(Map<String, Object> action) {
        var update = new HashMap<String, Object>(action);
        update.put("userId", id);
        update.put("chatId", chatId);
        update.put("firstName", firstName);
        update.put("languageCode", languageCode);
        var response = sandbox.post("/sandbox/telegram/updates", Http.toJson(update), Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        // "webhook": the gateway answered 2xx, so the update is on telegram.updates; "queued" would mean no webhook.
        assertThat(Http.json(response).get("delivered").asString())
                .as(response.body())
                .isEqualTo("webhook");
    }

    /** The bot's answer to a press: the popup the presser sees (an alert to dismiss, or a passing notice), or none. */
    record CallbackAnswer(@Nullable String text, boolean showAlert) {}

    /** A message of the bot as the sandbox recorded it. */
    record BotMessage(
            int messageId,
            String text,
            @Nullable String parseMode,
            @Nullable JsonNode replyMarkup,
            boolean edited) {

        static BotMessage of(JsonNode json) {
            JsonNode markup = json.get("replyMarkup");
            JsonNode parseMode = json.get("parseMode");
            return new BotMessage(
                    json.get("messageId").asInt(),
                    json.get("text").asString(),
                    parseMode == null || parseMode.isNull() ? null : parseMode.asString(),
                    markup == null || markup.isNull() ? null : markup,
                    json.get("edited").asBoolean());
        }

        /** The labels of the buttons under the message (inline or reply keyboard), row by row. */
        List<String> buttons() {
            return buttonNodes().map(button -> button.get("text").asString()).toList();
        }

        String callbackData(String label) {
            return buttonNodes()
                    .filter(button -> label.equals(button.get("text").asString()))
                    .map(button -> button.get("callback_data").asString())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no button " + label + " under: " + text));
        }

        List<String> callbackData() {
            return buttonNodes()
                    .filter(button -> button.has("callback_data"))
                    .map(button -> button.get("callback_data").asString())
                    .toList();
        }

        /** Whether it shows the keyboard whose button shares the user's contact. */
        boolean asksForContact() {
            return replyMarkup != null
                    && replyMarkup.at("/keyboard/0/0/request_contact").asBoolean();
        }

        boolean removesKeyboard() {
            return replyMarkup != null && replyMarkup.path("remove_keyboard").asBoolean();
        }

        private Stream<JsonNode> buttonNodes() {
            if (replyMarkup == null) {
                return Stream.empty();
            }
            JsonNode rows = replyMarkup.has("inline_keyboard")
                    ? replyMarkup.get("inline_keyboard")
                    : replyMarkup.path("keyboard");
            return rows.valueStream().flatMap(JsonNode::valueStream);
        }
    }
}
