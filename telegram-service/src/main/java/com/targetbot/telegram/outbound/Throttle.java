package com.targetbot.telegram.outbound;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Telegram's flood limits on the sending side, so the bot waits instead of collecting 429s: about 30
 * messages a second in all, one a second per private chat, 20 a minute per group.
 *
 * <p>Each limit is a sliding window, as Telegram counts: a send may start only when fewer than the limit
 * of earlier sends finished within the window before now. Counting from when a send <em>finished</em>
 * (Telegram counts when a request arrives, which is earlier) keeps the bot inside the limit however long a
 * request spent on the way, a slow first connection included; the price is one round trip per window. A
 * burst goes out at once up to the limit, so a fan-out reaches the full allowed rate. Twenty lines of
 * bookkeeping, so no rate-limit library; bucket4j's buckets refill continuously, which lets more than the
 * limit into one sliding window.
 */
final class Throttle {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);
    // An unfinished send blocks its window; this is how often a waiting send looks again.
    private static final long POLL_NANOS = Duration.ofMillis(10).toNanos();
    private static final int PRUNE_ABOVE = 10_000;

    /** A granted send; release it when the request is done, whatever its outcome. */
    interface Slot {
        void release();
    }

    private final Window global;
    private final Window privateChat;
    private final Window group;
    private final LongSupplier nanoTime;
    private final BotApiSender.Pause pause;
    private final Deque<Send> globalSends = new ArrayDeque<>();
    private final Map<Long, Deque<Send>> chatSends = new HashMap<>();

    Throttle(
            int globalPerSecond,
            int privateChatPerSecond,
            int groupPerMinute,
            LongSupplier nanoTime,
            BotApiSender.Pause pause) {
        this.global = new Window(globalPerSecond, SECOND.toNanos());
        this.privateChat = new Window(privateChatPerSecond, SECOND.toNanos());
        this.group = new Window(groupPerMinute, MINUTE.toNanos());
        this.nanoTime = nanoTime;
        this.pause = pause;
    }

    /** A throttle on the real clock within the given limits. */
    static Throttle within(DeliveryProperties limits) {
        return new Throttle(
                limits.globalPerSecond(),
                limits.privateChatPerSecond(),
                limits.groupPerMinute(),
                System::nanoTime,
                Thread::sleep);
    }

    /** Waits until a send to the chat is within every limit and takes it. Group chats have negative ids. */
    Slot acquire(long chatId) throws InterruptedException {
        Window chatWindow = chatId < 0 ? group : privateChat;
        while (true) {
            long wait;
            synchronized (this) {
                long now = nanoTime.getAsLong();
                Deque<Send> chat = chatSends.computeIfAbsent(chatId, id -> new ArrayDeque<>());
                long ready = Math.max(global.readyAt(globalSends, now), chatWindow.readyAt(chat, now));
                if (ready <= now) {
                    var send = new Send();
                    globalSends.addLast(send);
                    chat.addLast(send);
                    prune(now);
                    return () -> finish(send);
                }
                wait = ready - now;
            }
            pause.sleep(Duration.ofNanos(wait));
        }
    }

    private synchronized void finish(Send send) {
        send.finishedAt = nanoTime.getAsLong();
    }

    /** Forgets chats whose sends all left their window, bounding the map. */
    private void prune(long now) {
        if (chatSends.size() > PRUNE_ABOVE) {
            chatSends.values().removeIf(sends -> {
                sends.removeIf(send -> send.finished() && send.finishedAt + MINUTE.toNanos() <= now);
                return sends.isEmpty();
            });
        }
    }

    private static final class Send {
        long finishedAt = Long.MAX_VALUE;

        boolean finished() {
            return finishedAt != Long.MAX_VALUE;
        }
    }

    private record Window(int limit, long lengthNanos) {

        /** When the next send may start: now if fewer than the limit count, else when the first of them leaves. */
        long readyAt(Deque<Send> sends, long now) {
            sends.removeIf(send -> send.finished() && send.finishedAt + lengthNanos <= now);
            if (sends.size() < limit) {
                return now;
            }
            List<Send> finished = sends.stream().filter(Send::finished).toList();
            if (finished.isEmpty()) {
                return now + POLL_NANOS;
            }
            return finished.stream().mapToLong(send -> send.finishedAt).min().orElseThrow() + lengthNanos;
        }
    }
}
