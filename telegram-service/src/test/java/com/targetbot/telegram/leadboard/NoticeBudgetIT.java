package com.targetbot.telegram.leadboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.testkit.RedisFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The notice budget over a real Redis, with a clock the test moves. */
class NoticeBudgetIT {

    private static LettuceConnectionFactory connections;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-25T10:15:59Z"));
    private final NoticeBudget budget = new NoticeBudget(
            new StringRedisTemplate(connections), new NoticeBudgetProperties(15, 30, Duration.ofSeconds(30)), clock);

    @BeforeAll
    static void connect() {
        connections = RedisFixture.connect(0);
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @Test
    void aGroupGetsFifteenNoticesInAnySixtySecondsAlsoAcrossAMinuteBoundary() {
        long group = -ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);

        assertThat(IntStream.range(0, 16).mapToObj(i -> budget.take(group)))
                .containsExactlyElementsOf(
                        IntStream.range(0, 16).mapToObj(i -> i < 15).toList());
        clock.advance(Duration.ofSeconds(2));
        assertThat(budget.take(group))
                .as("a new calendar minute, the same sliding minute")
                .isFalse();
        clock.advance(Duration.ofSeconds(58).plusMillis(1));
        assertThat(budget.take(group))
                .as("sixty seconds after the first notices")
                .isTrue();
    }

    @Test
    void privateChatsHaveTheirOwnLargerBudget() {
        long manager = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);

        assertThat(IntStream.range(0, 30).filter(i -> budget.take(manager)).count())
                .isEqualTo(30);
        assertThat(budget.take(manager)).isFalse();
        assertThat(budget.take(-manager)).as("another chat").isTrue();
    }

    private static final class SteppingClock extends Clock {

        private Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
