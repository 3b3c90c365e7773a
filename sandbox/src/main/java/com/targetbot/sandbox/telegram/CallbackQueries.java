package com.targetbot.sandbox.telegram;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** Callback queries handed to the bot; each may be answered once, as with Telegram. */
@Component
class CallbackQueries {

    private final AtomicLong lastId = new AtomicLong(4_380_000_000_000_000_000L);
    private final Set<String> open = ConcurrentHashMap.newKeySet();

    String open() {
        String id = Long.toString(lastId.incrementAndGet());
        open.add(id);
        return id;
    }

    void answer(String id) {
        if (!open.remove(id)) {
            throw BotApiException.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
    }

    void reset() {
        open.clear();
    }
}
