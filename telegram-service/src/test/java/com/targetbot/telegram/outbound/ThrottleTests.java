package com.targetbot.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThrottleTests {

    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final List<Duration> waits = new ArrayList<>();
    final Throttle throttle = new Throttle(30, 1, 20, now::get, duration -> {
        waits.add(duration);
        now.addAndGet(duration.toNanos());
    });

    @Test
    void nextSendToAPrivateChatStartsASecondAfterThePreviousFinished() throws InterruptedException {
        throttle.acquire(7).release();
        now.addAndGet(Duration.ofMillis(300).toNanos());

        throttle.acquire(7).release();

        assertThat(waits).containsExactly(Duration.ofMillis(700));
    }

    @Test
    void slowRequestPushesTheNextSendBackByItsDuration() throws InterruptedException {
        var slow = throttle.acquire(7);
        now.addAndGet(Duration.ofMillis(400).toNanos());
        slow.release();

        throttle.acquire(7).release();

        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void groupTakesTwentyAtOnceThenWaitsForTheMinute() throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            throttle.acquire(-100).release();
        }
        assertThat(waits).isEmpty();

        throttle.acquire(-100).release();

        assertThat(waits).containsExactly(Duration.ofMinutes(1));
    }

    @Test
    void chatsDoNotWaitForEachOther() throws InterruptedException {
        throttle.acquire(7).release();
        throttle.acquire(8).release();
        throttle.acquire(-100).release();

        assertThat(waits).isEmpty();
    }

    @Test
    void thirtyFirstSendInASecondWaitsForTheWindow() throws InterruptedException {
        for (long chat = 1; chat <= 30; chat++) {
            throttle.acquire(chat).release();
        }

        throttle.acquire(31).release();

        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }
}
