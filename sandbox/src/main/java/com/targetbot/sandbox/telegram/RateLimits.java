package com.targetbot.sandbox.telegram;

import java.time.InstantSource;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** Flood limits for sends, off unless configured or switched on, and the count of 429s answered. */
@Component
class RateLimits {

    private final boolean enforcedByDefault;
    private final AtomicBoolean enforced;
    private final AtomicLong rejected = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(InstantSource.system());

    RateLimits(TelegramSandboxProperties properties) {
        this.enforcedByDefault = properties.enforceRateLimits();
        this.enforced = new AtomicBoolean(enforcedByDefault);
    }

    void acquire(long chatId) {
        if (!enforced.get()) {
            return;
        }
        OptionalInt retryAfter = limiter.tryAcquire(chatId);
        if (retryAfter.isPresent()) {
            rejected.incrementAndGet();
            throw BotApiException.tooManyRequests(retryAfter.getAsInt());
        }
    }

    void enforce(boolean enforce) {
        limiter.reset();
        enforced.set(enforce);
    }

    boolean enforced() {
        return enforced.get();
    }

    long rejected() {
        return rejected.get();
    }

    void reset() {
        enforce(enforcedByDefault);
        rejected.set(0);
    }
}
