package com.targetbot.meta.tokens;

import java.time.Duration;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code meta:token}: the last check's answer, replaced whole. {@code meta:token:announced:<state>}: that a state
 * was announced, expiring after the reminder interval, so replicas and restarts do not announce it again sooner.
 */
@Repository
class TokenStatusRepository {

    static final String KEY = "meta:token";
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

    /** Claims the announcement of {@code state} for {@code window}; false when it was announced within it. */
    boolean claimAnnouncement(String state, Duration window) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(ANNOUNCED_PREFIX + state, "1", window));
    }

    /** Forgets an announcement: the state was left, or its announcement could not be published. */
    void forgetAnnouncement(String state) {
        redis.delete(ANNOUNCED_PREFIX + state);
    }
}
