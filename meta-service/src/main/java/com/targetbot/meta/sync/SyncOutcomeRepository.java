package com.targetbot.meta.sync;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class SyncOutcomeRepository {

    private static final String KEY_PREFIX = "meta:sync:";

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final SyncProperties properties;

    SyncOutcomeRepository(StringRedisTemplate redis, JsonMapper json, SyncProperties properties) {
        this.redis = redis;
        this.json = json;
        this.properties = properties;
    }

    void save(SyncOutcome outcome) {
        redis.opsForValue().set(key(outcome.syncId()), json.writeValueAsString(outcome), properties.outcomeTtl());
    }

    static String key(String syncId) {
        return KEY_PREFIX + syncId;
    }
}
