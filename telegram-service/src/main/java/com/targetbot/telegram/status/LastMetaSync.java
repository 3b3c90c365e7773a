package com.targetbot.telegram.status;

import com.targetbot.events.Topics;
import com.targetbot.events.meta.AdAccountsSyncFailed;
import com.targetbot.events.meta.AdAccountsSynced;
import com.targetbot.events.meta.MetaOutcome;
import com.targetbot.events.meta.MetaStructureEvent;
import com.targetbot.events.meta.MetaTokenEvent;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The bot's projection of the last successful Meta sync, kept from {@code meta.events} so {@code /status}
 * needs no call to meta-service. Syncs have their own keys, hence partitions, so their events may arrive out
 * of order: the newest by its time wins.
 */
@Component
class LastMetaSync {

    /** A sorted set scored by the sync's time, trimmed to its newest member {@code <ad accounts>:<campaigns>:<sync id>}. */
    static final String KEY = "telegram:meta:last-sync";

    /** What the last sync found. */
    record Sync(Instant syncedAt, long adAccounts, long campaigns) {}

    private final StringRedisTemplate redis;

    LastMetaSync(StringRedisTemplate redis) {
        this.redis = redis;
    }

    // Idempotent: a redelivered sync adds the same member with the same score, and only the newest is kept.
    @KafkaListener(topics = Topics.META_EVENTS_NAME, groupId = "${spring.application.name}.meta-status")
    void on(MetaOutcome outcome) {
        switch (outcome) {
            case AdAccountsSynced synced -> record(synced);
            // A failed sync leaves the previous snapshot in place, as meta-service does; MetaAlerts tells admins.
            case AdAccountsSyncFailed failed -> {}
            // MetaConnectionsHealth projects the connections' tokens.
            case MetaTokenEvent token -> {}
            // Structure changes are meta-service's record of the ad accounts; the bot does not tell them yet.
            case MetaStructureEvent change -> {}
        }
    }

    Optional<Sync> find() {
        var newest = redis.opsForZSet().reverseRangeWithScores(KEY, 0, 0);
        if (newest == null || newest.isEmpty()) {
            return Optional.empty();
        }
        TypedTuple<String> entry = newest.iterator().next();
        String[] counts = String.valueOf(entry.getValue()).split(":", 3);
        return Optional.of(new Sync(
                Instant.ofEpochMilli(entry.getScore().longValue()),
                Long.parseLong(counts[0]),
                Long.parseLong(counts[1])));
    }

    private void record(AdAccountsSynced synced) {
        String member = synced.adAccounts() + ":" + synced.campaigns() + ":" + synced.syncId();
        redis.opsForZSet().add(KEY, member, synced.syncedAt().toEpochMilli());
        // Whatever the interleaving of two writers, the trim keeps the highest score.
        redis.opsForZSet().removeRange(KEY, 0, -2);
    }
}
