package com.targetbot.sandbox.telegram;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Callback queries handed to the bot; each may be answered once, as with Telegram. Answers are kept, since the
 * popup text of an answer is what the presser sees and Telegram shows it nowhere else.
 */
@Component
class CallbackQueries {

    private final AtomicLong lastId = new AtomicLong(4_380_000_000_000_000_000L);
    private final Map<String, Press> open = new ConcurrentHashMap<>();
    private final List<CallbackAnswer> answers = new CopyOnWriteArrayList<>();

    String open(long userId, long chatId, String data) {
        String id = Long.toString(lastId.incrementAndGet());
        open.put(id, new Press(userId, chatId, data));
        return id;
    }

    void answer(String id, @Nullable String text, boolean showAlert) {
        Press press = open.remove(id);
        if (press == null) {
            throw BotApiException.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        answers.add(
                new CallbackAnswer(id, press.userId(), press.chatId(), press.data(), text, showAlert, Instant.now()));
    }

    /** Answers in answering order, of one presser's queries or of all. */
    List<CallbackAnswer> answers(@Nullable Long userId) {
        return answers.stream()
                .filter(a -> userId == null || a.userId() == userId)
                .toList();
    }

    void reset() {
        open.clear();
        answers.clear();
    }

    private record Press(long userId, long chatId, String data) {}

    /**
     * An answer the bot gave to a button press, as the control API shows it.
     *
     * @param text the notification or alert text; absent when the bot only stopped the button's spinner
     * @param showAlert whether it is an alert the presser has to dismiss rather than a passing notification
     */
    record CallbackAnswer(
            String callbackQueryId,
            long userId,
            long chatId,
            String data,
            @Nullable String text,
            boolean showAlert,
            Instant answeredAt) {}
}
