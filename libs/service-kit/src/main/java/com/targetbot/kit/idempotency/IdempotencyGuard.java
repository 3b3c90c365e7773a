package com.targetbot.kit.idempotency;

import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Runs an action at most once per id within a time window, across replicas: the id is claimed with
 * Redis {@code SET NX EX} before the action and released again if the action fails, so a redelivered
 * record is retried rather than lost.
 */
public class IdempotencyGuard {

    private final StringRedisTemplate redis;
    private final String keyPrefix;

    public IdempotencyGuard(StringRedisTemplate redis, String serviceName) {
        this.redis = redis;
        this.keyPrefix = serviceName + ":seen:";
    }

    /**
     * Runs {@code action} unless {@code id} was already handled in {@code scope} within {@code window}.
     *
     * @return whether the action ran
     */
    public boolean runOnce(String scope, String id, Duration window, Runnable action) {
        String key = keyPrefix + scope + ":" + id;
        Boolean claimed = redis.opsForValue().setIfAbsent(key, "1", window);
        if (!Boolean.TRUE.equals(claimed)) {
            return false;
        }
        try {
            action.run();
            return true;
        } catch (RuntimeException | Error e) {
            redis.delete(key);
            throw e;
        }
    }
}
