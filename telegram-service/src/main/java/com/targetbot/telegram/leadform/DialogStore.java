package com.targetbot.telegram.leadform;

import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Open dialogs in Redis, one per user ({@code telegram:dialog:<user id>}), expiring when left alone. */
@Component
class DialogStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StringRedisTemplate redis;
    private final LeadFormProperties properties;

    DialogStore(StringRedisTemplate redis, LeadFormProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    static String key(long userId) {
        return "telegram:dialog:" + userId;
    }

    Optional<LeadDraft> find(long userId) {
        return Optional.ofNullable(redis.opsForValue().get(key(userId)))
                .map(json -> JSON.readValue(json, LeadDraft.class));
    }

    void save(long userId, LeadDraft draft) {
        redis.opsForValue().set(key(userId), JSON.writeValueAsString(draft), properties.dialogTtl());
    }

    /** @return whether a dialog was open */
    boolean delete(long userId) {
        return Boolean.TRUE.equals(redis.delete(key(userId)));
    }
}
