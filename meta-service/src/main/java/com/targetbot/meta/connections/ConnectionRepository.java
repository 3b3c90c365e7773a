package com.targetbot.meta.connections;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code meta:connection:<id>}: one connection, its token encrypted, replaced whole. {@code meta:connections}: the
 * ids, scored by when each was connected, so the list is read in one stable order without scanning keys.
 */
@Repository
class ConnectionRepository {

    static final String KEY_PREFIX = "meta:connection:";
    static final String INDEX = "meta:connections";

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    ConnectionRepository(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    void save(StoredConnection connection) {
        redis.opsForValue().set(KEY_PREFIX + connection.id(), json.writeValueAsString(connection));
        redis.opsForZSet()
                .add(INDEX, connection.id(), connection.connection().createdAt().toEpochMilli());
    }

    Optional<StoredConnection> find(String id) {
        return Optional.ofNullable(redis.opsForValue().get(KEY_PREFIX + id)).map(this::read);
    }

    /** Every connection, first connected first. */
    List<StoredConnection> all() {
        Set<String> ids = redis.opsForZSet().range(INDEX, 0, -1);
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<String> values = redis.opsForValue()
                .multiGet(ids.stream().map(id -> KEY_PREFIX + id).toList());
        return values == null
                ? List.of()
                : values.stream().filter(Objects::nonNull).map(this::read).toList();
    }

    /** False when there was no such connection. */
    boolean delete(String id) {
        redis.opsForZSet().remove(INDEX, id);
        return Boolean.TRUE.equals(redis.delete(KEY_PREFIX + id));
    }

    private StoredConnection read(String value) {
        return json.readValue(value, StoredConnection.class);
    }
}
