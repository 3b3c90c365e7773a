package com.targetbot.sandbox.telegram;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Telegram's published flood limits as sliding windows: about 30 messages a second in all, one a second per
 * private chat and 20 a minute per group. Refused sends do not use up the window, as with Telegram.
 */
final class RateLimiter {

    private static final Window OVERALL = new Window(30, Duration.ofSeconds(1));
    private static final Window PRIVATE_CHAT = new Window(1, Duration.ofSeconds(1));
    private static final Window GROUP_CHAT = new Window(20, Duration.ofMinutes(1));
    private static final long ALL_CHATS = 0;

    private final InstantSource clock;
    private final Map<Long, Deque<Instant>> sends = new HashMap<>();

    RateLimiter(InstantSource clock) {
        this.clock = clock;
    }

    /** Takes a send for {@code chatId}, or returns the seconds to wait (Telegram's retry_after) without taking it. */
    synchronized OptionalInt tryAcquire(long chatId) {
        Instant now = clock.instant();
        Window chatWindow = chatId < 0 ? GROUP_CHAT : PRIVATE_CHAT;
        long wait = Math.max(waitMillis(sends(ALL_CHATS), OVERALL, now), waitMillis(sends(chatId), chatWindow, now));
        if (wait > 0) {
            return OptionalInt.of((int) Math.ceilDiv(wait, 1000));
        }
        sends(ALL_CHATS).addLast(now);
        sends(chatId).addLast(now);
        return OptionalInt.empty();
    }

    synchronized void reset() {
        sends.clear();
    }

    private Deque<Instant> sends(long chatId) {
        return sends.computeIfAbsent(chatId, id -> new ArrayDeque<>());
    }

    private static long waitMillis(Deque<Instant> sent, Window window, Instant now) {
        Instant windowStart = now.minus(window.length());
        while (!sent.isEmpty() && !sent.peekFirst().isAfter(windowStart)) {
            sent.removeFirst();
        }
        if (sent.size() < window.limit()) {
            return 0;
        }
        return Duration.between(windowStart, sent.peekFirst()).toMillis();
    }

    private record Window(int limit, Duration length) {}
}
