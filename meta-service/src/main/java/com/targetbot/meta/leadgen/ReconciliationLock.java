package com.targetbot.meta.leadgen;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * A Redis lock with an expiry and an owner token, so exactly one replica reconciles at a time and a holder that
 * died frees it when the expiry passes. Released by compare-and-delete: a holder whose lock already expired and
 * was taken by another replica does not delete the other's lock.
 */
@Component
class ReconciliationLock {

    static final String KEY = "meta:leadgen:reconcile-lock";

    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            Long.class);

    private final StringRedisTemplate redis;

    ReconciliationLock(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** The owner token when this replica got the lock, empty when another holds it. */
    Optional<String> tryAcquire(Duration ttl) {
        String owner = UUID.randomUUID().toString();
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(KEY, owner, ttl))
                ? Optional.of(owner)
                : Optional.empty();
    }

    void release(String owner) {
        redis.execute(RELEASE, List.of(KEY), owner);
    }
}
