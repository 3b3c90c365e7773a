package com.targetbot.telegram.leadboard;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Each chat's new-lead notices in the last minute (a sliding window, as Telegram counts), kept in Redis so every
 * instance of the service shares one budget. Sending only what the chat may receive keeps the outbound queue
 * from holding one group's messages for minutes, which would hold up every chat behind them on the same
 * partition.
 */
@Component
class NoticeBudget {

    static final String KEY_PREFIX = "telegram:notice-budget:";

    private static final RedisScript<Long> TAKE =
            RedisScript.of(new ClassPathResource("take-notice-slot.lua", NoticeBudget.class), Long.class);

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final StringRedisTemplate redis;
    private final NoticeBudgetProperties properties;
    private final Clock clock;

    NoticeBudget(StringRedisTemplate redis, NoticeBudgetProperties properties, Clock clock) {
        this.redis = redis;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return whether the chat may get one more notice now */
    boolean take(long chatId) {
        Long taken = redis.execute(
                TAKE,
                List.of(KEY_PREFIX + chatId),
                Long.toString(clock.millis()),
                Long.toString(WINDOW.toMillis()),
                Integer.toString(limit(chatId)),
                UUID.randomUUID().toString());
        return taken != null && taken == 1L;
    }

    /** Group chats have negative ids. */
    private int limit(long chatId) {
        return chatId < 0 ? properties.groupNoticesPerMinute() : properties.privateNoticesPerMinute();
    }
}
