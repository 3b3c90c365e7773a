package com.targetbot.sandbox.telegram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The chats' history: message ids (one sequence per chat, shared by the bot and the user, as in Telegram) and
 * every message the bot sent, in sending order.
 */
@Component
class BotMessages {

    private final Map<Long, Integer> lastMessageIds = new HashMap<>();
    private final Map<Key, RecordedMessage> sent = new LinkedHashMap<>();
    private long sentCount;

    synchronized int nextMessageId(long chatId) {
        return lastMessageIds.merge(chatId, 1, Integer::sum);
    }

    synchronized void record(RecordedMessage message) {
        sent.put(new Key(message.chatId(), message.messageId()), message);
        sentCount++;
    }

    synchronized Optional<RecordedMessage> find(long chatId, int messageId) {
        return Optional.ofNullable(sent.get(new Key(chatId, messageId)));
    }

    /** Applies an edit to a message the bot sent; empty when there is no such message. */
    synchronized Optional<RecordedMessage> edit(long chatId, int messageId, UnaryOperator<RecordedMessage> edit) {
        return Optional.ofNullable(sent.computeIfPresent(new Key(chatId, messageId), (key, old) -> edit.apply(old)));
    }

    synchronized List<RecordedMessage> list(@Nullable Long chatId) {
        return sent.values().stream()
                .filter(m -> chatId == null || m.chatId() == chatId)
                .toList();
    }

    /** The newest message in the chat, preferring one whose keyboard has a button with this callback data. */
    synchronized Optional<RecordedMessage> withButton(long chatId, String callbackData) {
        List<RecordedMessage> newestFirst = new ArrayList<>(list(chatId)).reversed();
        return newestFirst.stream()
                .filter(m -> MessageRules.hasCallbackData(m.replyMarkup(), callbackData))
                .findFirst()
                .or(() -> newestFirst.stream().findFirst());
    }

    synchronized long sentCount() {
        return sentCount;
    }

    /** Forgets recorded messages; message ids keep counting so that ids are never reused within a chat. */
    synchronized void clear() {
        sent.clear();
    }

    synchronized void reset() {
        sent.clear();
        sentCount = 0;
    }

    private record Key(long chatId, int messageId) {}
}
