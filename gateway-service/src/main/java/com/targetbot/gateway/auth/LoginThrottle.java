package com.targetbot.gateway.auth;

import java.time.Duration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Counts failed logins per username and per client IP in Redis, with the window as the keys' TTL. */
@Component
class LoginThrottle {

    private static final String USER_KEY = "gateway:login-failures:user:";
    private static final String IP_KEY = "gateway:login-failures:ip:";

    private final ReactiveStringRedisTemplate redis;
    private final LoginThrottleProperties properties;

    LoginThrottle(ReactiveStringRedisTemplate redis, LoginThrottleProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    /** Fails with {@link TooManyLoginAttemptsException} while the username or the IP is locked out. */
    Mono<Void> checkAllowed(String username, String clientIp) {
        return Flux.just(
                        new Counter(USER_KEY + username, properties.maxFailuresPerUser()),
                        new Counter(IP_KEY + clientIp, properties.maxFailuresPerIp()))
                .concatMap(counter -> redis.opsForValue()
                        .get(counter.key())
                        .filter(count -> Long.parseLong(count) >= counter.limit())
                        .flatMap(count -> redis.getExpire(counter.key())))
                .next()
                .flatMap(remaining -> Mono.error(new TooManyLoginAttemptsException(
                        remaining.isNegative() || remaining.isZero() ? properties.window() : remaining)));
    }

    Mono<Void> recordFailure(String username, String clientIp) {
        return Flux.just(USER_KEY + username, IP_KEY + clientIp)
                .concatMap(this::increment)
                .then();
    }

    /** A successful login clears the username's failures; the IP's stay, so guessing across names is bounded. */
    Mono<Void> reset(String username) {
        return redis.delete(USER_KEY + username).then();
    }

    private Mono<Long> increment(String key) {
        // The window starts at the first failure: SET NX EX fixes the TTL, INCR keeps it.
        Duration window = properties.window();
        return redis.opsForValue()
                .setIfAbsent(key, "0", window)
                .then(redis.opsForValue().increment(key));
    }

    private record Counter(String key, int limit) {}
}
