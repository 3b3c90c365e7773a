package com.targetbot.meta.tokens;

import java.time.Duration;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code meta:token}: the first connection's last answer, replaced whole. {@code meta:token:state:<connection>}: the
 * state a connection's last check found, swapped atomically so that one replica alone sees a change.
 * {@code meta:token:announced:<connection>:<state>}: that a problem state was announced, expiring after the reminder
 * interval, so replicas and restarts do not announce it again sooner.
 */
@Repository
class TokenStatusRepository {

    static final String KEY = "meta:token";
    private static final String STATE_PREFIX = "meta:token:state:";
    private static final String ANNOUNCED_PREFIX = "meta:token:announced:";

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    TokenStatusRepository(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    void save(TokenStatus status) {
        redis.opsForValue().set(KEY, json.writeValueAsString(status));
    }

    /** The last answer, empty until a check has reached Meta. */
    Optional<TokenStatus> find() {
        return Optional.ofNullable(redis.opsForValue().get(KEY)).map(value -> json.readValue(value, TokenStatus.class));
    }

    /** Records a connection's state and returns the one before, empty for a connection never checked. */
    Optional<String> swapState(String connectionId, String state) {
        return Optional.ofNullable(redis.opsForValue().getAndSet(STATE_PREFIX + connectionId, state));
    }

    /** Forgets a connection's state, so that its next check is news whatever it finds. */
    void forgetState(String connectionId) {
        redis.delete(STATE_PREFIX + connectionId);
    }

    /** Claims the announcement of a connection's {@code state} for {@code window}; false when it was announced within it. */
    boolean claimAnnouncement(String connectionId, String state, Duration window) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(announced(connectionId, state), "1", window));
    }

    /** Forgets an announcement: the state was left, or its announcement could not be published. */
    void forgetAnnouncement(String connectionId, String state) {
        redis.delete(announced(connectionId, state));
    }

    private static String announced(String connectionId, String state) {
        return ANNOUNCED_PREFIX + connectionId + ":" + state;
    }
}
