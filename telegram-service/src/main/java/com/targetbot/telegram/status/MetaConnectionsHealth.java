package com.targetbot.telegram.status;

import com.targetbot.events.Topics;
import com.targetbot.events.meta.ConnectionRef;
import com.targetbot.events.meta.MetaEvent;
import com.targetbot.events.meta.MetaOutcome;
import com.targetbot.events.meta.MetaStructureEvent;
import com.targetbot.events.meta.MetaTokenExpiring;
import com.targetbot.events.meta.MetaTokenHealthy;
import com.targetbot.events.meta.MetaTokenInvalid;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bot's projection of each Meta connection's token health, kept from the token events on {@code meta.events}
 * so {@code /status} needs no call to meta-service. meta-service announces every connection at its first check and
 * at every change of state, so the projection knows every connection checked since the topic's retention began.
 */
@Component
class MetaConnectionsHealth {

    /** A hash: connection id → its last known health as JSON. */
    static final String KEY = "telegram:meta:connections";

    /** What a connection's token was found to be. */
    enum State {
        WORKS,
        EXPIRING,
        INVALID
    }

    /**
     * One connection's last known health.
     *
     * @param expiresAt when the token stops working; null when it never does or Meta refuses it
     * @param reason Meta's reason while it refuses the token
     */
    record Health(
            String id,
            String name,
            State state,
            @Nullable Instant expiresAt,
            @Nullable String reason,
            Instant checkedAt) {}

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    MetaConnectionsHealth(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    // Idempotent: an upsert by connection id that never lets an older check replace a newer one.
    @KafkaListener(topics = Topics.META_EVENTS_NAME, groupId = "${spring.application.name}.meta-connections")
    void on(MetaOutcome outcome) {
        switch (outcome) {
            case MetaTokenHealthy healthy ->
                record(healthy.connection(), State.WORKS, healthy.expiresAt(), null, healthy.checkedAt());
            case MetaTokenExpiring expiring ->
                record(expiring.connection(), State.EXPIRING, expiring.expiresAt(), null, expiring.checkedAt());
            case MetaTokenInvalid invalid ->
                record(invalid.connection(), State.INVALID, null, invalid.reason(), invalid.checkedAt());
            // Syncs and structure changes are other projections' (LastMetaSync) or no one's.
            case MetaEvent sync -> {}
            case MetaStructureEvent change -> {}
        }
    }

    /** Every connection known, by name. */
    List<Health> all() {
        Map<Object, Object> entries = redis.opsForHash().entries(KEY);
        return entries.values().stream()
                .map(value -> json.readValue((String) value, Health.class))
                .sorted(Comparator.comparing(Health::name).thenComparing(Health::id))
                .toList();
    }

    private void record(
            @Nullable ConnectionRef connection,
            State state,
            @Nullable Instant expiresAt,
            @Nullable String reason,
            Instant checkedAt) {
        if (connection == null) {
            // A v1 event named no connection: nothing to show it under; the next check of each connection will.
            return;
        }
        Object stored = redis.opsForHash().get(KEY, connection.id());
        if (stored != null
                && json.readValue((String) stored, Health.class).checkedAt().isAfter(checkedAt)) {
            return;
        }
        Health health = new Health(connection.id(), connection.name(), state, expiresAt, reason, checkedAt);
        redis.opsForHash().put(KEY, connection.id(), json.writeValueAsString(health));
    }
}
