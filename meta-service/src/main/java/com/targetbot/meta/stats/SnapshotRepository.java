package com.targetbot.meta.stats;

import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The latest snapshot, one JSON value under {@code meta:snapshot}: replaced whole, so readers never see half a sync. */
@Repository
public class SnapshotRepository {

    static final String KEY = "meta:snapshot";

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    SnapshotRepository(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    public void save(MetaSnapshot snapshot) {
        redis.opsForValue().set(KEY, json.writeValueAsString(snapshot));
    }

    /** The latest snapshot, empty until a synchronisation has succeeded. */
    public Optional<MetaSnapshot> find() {
        return Optional.ofNullable(redis.opsForValue().get(KEY))
                .map(value -> json.readValue(value, MetaSnapshot.class));
    }
}
