package com.targetbot.sandbox.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RateLimiterTests {

    private Instant now = Instant.parse("2026-11-01T10:00:00Z");
    private final RateLimiter limiter = new RateLimiter(this::clock);

    @Test
    void privateChatGetsOneMessageASecond() {
        assertThat(limiter.tryAcquire(42)).isEmpty();

        assertThat(limiter.tryAcquire(42)).hasValue(1);

        advance(Duration.ofMillis(1001));
        assertThat(limiter.tryAcquire(42)).isEmpty();
    }

    @Test
    void groupGetsTwentyMessagesAMinuteAndWaitsForTheOldestToAge() {
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.tryAcquire(-100)).isEmpty();
            advance(Duration.ofSeconds(1));
        }

        OptionalInt refused = limiter.tryAcquire(-100);

        assertThat(refused).hasValue(40);
        advance(Duration.ofSeconds(40));
        assertThat(limiter.tryAcquire(-100)).isEmpty();
    }

    @Test
    void allChatsTogetherGetThirtyMessagesASecond() {
        for (long chat = 1; chat <= 30; chat++) {
            assertThat(limiter.tryAcquire(chat)).isEmpty();
        }

        assertThat(limiter.tryAcquire(31)).hasValue(1);
    }

    @Test
    void refusedSendDoesNotUseUpTheWindow() {
        limiter.tryAcquire(7);
        limiter.tryAcquire(7);

        advance(Duration.ofMillis(1001));

        assertThat(limiter.tryAcquire(7)).isEmpty();
    }

    private Instant clock() {
        return now;
    }

    private void advance(Duration duration) {
        now = now.plus(duration);
    }
}
