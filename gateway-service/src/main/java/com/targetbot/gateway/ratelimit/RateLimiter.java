package com.targetbot.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A fixed window per bucket that starts with the bucket's first request: one Lua step increments the
 * counter, sets the window as its TTL on the first hit and answers count and remaining time, so replicas
 * never race. Chosen over a token bucket library: this is one round trip on the reactive connection the
 * gateway already has, and a burst of at most twice the limit across a window edge is acceptable here.
 */
@Component
class RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
    private static final String KEY_PREFIX = "gateway:ratelimit:";

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> HIT = RedisScript.of("""
            local count = redis.call('incr', KEYS[1])
            if count == 1 then redis.call('pexpire', KEYS[1], ARGV[1]) end
            return {count, redis.call('pttl', KEYS[1])}
            """, List.class);

    private final ReactiveStringRedisTemplate redis;
    private final Counter redisFailures;

    RateLimiter(ReactiveStringRedisTemplate redis, MeterRegistry meters) {
        this.redis = redis;
        this.redisFailures = Counter.builder("gateway.ratelimit.redis.failures")
                .description("Rate limit checks let through because Redis did not answer")
                .register(meters);
    }

    /** Counts one request in the bucket; fails open (allowed) when Redis does not answer. */
    Mono<Decision> hit(String bucket, int limit, Duration window) {
        return redis.execute(HIT, List.of(KEY_PREFIX + bucket), List.of(Long.toString(window.toMillis())))
                .next()
                .map(reply -> {
                    long count = ((Number) reply.get(0)).longValue();
                    long remainingMillis = ((Number) reply.get(1)).longValue();
                    Duration retryAfter = remainingMillis > 0 ? Duration.ofMillis(remainingMillis) : window;
                    return count <= limit ? Decision.ALLOWED : Decision.limited(retryAfter);
                })
                .onErrorResume(failure -> {
                    redisFailures.increment();
                    log.warn("Rate limit not enforced for {}: Redis failed: {}", bucket, failure.toString());
                    return Mono.just(Decision.ALLOWED);
                });
    }

    /** Whether a request may pass, and when to retry when it may not. */
    record Decision(boolean allowed, Duration retryAfter) {

        static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        static Decision limited(Duration retryAfter) {
            return new Decision(false, retryAfter);
        }

        long retryAfterSeconds() {
            return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        }
    }
}
