package com.targetbot.telegram.leadboard;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Each chat's new-lead notices per calendar minute, counted in Redis so every instance of the service
 * shares one budget. Sending only what the chat may receive keeps the outbound queue from holding minutes
 * of one group's messages, which would hold up every chat behind them on the same partition.
 */
@Component
class NoticeBudget {

    static final String KEY_PREFIX = "telegram:notice-budget:";

    private static final RedisScript<Long> TAKE =
            RedisScript.of(new ClassPathResource("take-notice-slot.lua", NoticeBudget.class), Long.class);

    // Two minutes: a window's counter outlives its minute, never by much.
    private static final String WINDOW_TTL_SECONDS = "120";

    private final StringRedisTemplate redis;
    private final NoticeBudgetProperties properties;
    private final Clock clock;

    NoticeBudget(StringRedisTemplate redis, NoticeBudgetProperties properties, Clock clock) {
        this.redis = redis;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return whether the chat may get one more notice this minute */
    boolean take(long chatId) {
        Long taken = redis.execute(TAKE, List.of(windowKey(chatId, clock.instant())), WINDOW_TTL_SECONDS);
        return taken != null && taken <= limit(chatId);
    }

    /** The counter of the chat's calendar minute around {@code now}. */
    static String windowKey(long chatId, Instant now) {
        return KEY_PREFIX + chatId + ":" + now.getEpochSecond() / 60;
    }

    /** Group chats have negative ids. */
    private int limit(long chatId) {
        return chatId < 0 ? properties.groupNoticesPerMinute() : properties.privateNoticesPerMinute();
    }
}
