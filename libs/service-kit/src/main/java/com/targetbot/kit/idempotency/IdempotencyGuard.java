package com.targetbot.kit.idempotency;

import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Runs an action at most once per id within a time window, across replicas and restarts: the id is
 * marked done in Redis only after the action succeeded. A crash between the action and the mark
 * re-runs the action on redelivery (at-least-once), so actions must tolerate that; a failed action
 * leaves no mark and is retried.
 *
 * <p>Kafka hands all records of one key to one consumer in order, so two deliveries of the same
 * event do not race each other.
 */
public class IdempotencyGuard {

    private static final String DONE = "done";

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
        if (DONE.equals(redis.opsForValue().get(key))) {
            return false;
        }
        action.run();
        redis.opsForValue().set(key, DONE, window);
        return true;
    }
}
