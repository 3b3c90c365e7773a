package com.targetbot.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Flux;

class RateLimiterTests {

    private final ReactiveStringRedisTemplate redis = mock(ReactiveStringRedisTemplate.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RateLimiter limiter = new RateLimiter(redis, meters);

    @Test
    @SuppressWarnings("unchecked")
    void redisOutageLetsTheRequestThroughAndIsCountedForAlerting() {
        when(redis.execute(any(RedisScript.class), anyList(), anyList()))
                .thenReturn(Flux.error(new RedisConnectionFailureException("Connection refused")));

        RateLimiter.Decision decision =
                limiter.hit("key:abc", 1, Duration.ofMinutes(1)).block();

        assertThat(decision).isNotNull();
        assertThat(decision.allowed()).isTrue();
        assertThat(meters.counter("gateway.ratelimit.redis.failures").count()).isEqualTo(1.0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void countOverTheLimitIsRefusedWithTheWindowsRemainingTimeRoundedUp() {
        when(redis.execute(any(RedisScript.class), anyList(), anyList())).thenReturn(Flux.just(List.of(121L, 41_200L)));

        RateLimiter.Decision decision =
                limiter.hit("key:abc", 120, Duration.ofMinutes(1)).block();

        assertThat(decision).isNotNull();
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.retryAfterSeconds()).isEqualTo(42);
    }

    @Test
    @SuppressWarnings("unchecked")
    void countAtTheLimitIsAllowed() {
        when(redis.execute(any(RedisScript.class), anyList(), anyList())).thenReturn(Flux.just(List.of(120L, 10_000L)));

        assertThat(limiter.hit("ip:127.0.0.1", 120, Duration.ofMinutes(1)).block())
                .isEqualTo(RateLimiter.Decision.ALLOWED);
    }
}
