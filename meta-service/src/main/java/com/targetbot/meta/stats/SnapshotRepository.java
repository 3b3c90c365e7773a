package com.targetbot.meta.stats;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accounts-and-campaigns overview ({@code GET /meta/stats} without a period): each ad account with its campaigns
 * as its last structure read found them, one hash field per account under {@code meta:overview}. Per account rather
 * than one value per sync, because replicas sync different accounts and a run may skip or fail some: each account's
 * entry is replaced whole, so a reader never sees half an account, and a failed account keeps its last read.
 */
@Repository
public class SnapshotRepository {

    static final String KEY = "meta:overview";

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    SnapshotRepository(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    /** Stores what a structure read of one account found. */
    public void save(MetaSnapshot.AdAccount account, Instant readAt) {
        redis.opsForHash().put(KEY, account.id(), json.writeValueAsString(new Entry(readAt, account)));
    }

    /** Every account's last read, by name; synced at the latest read. Empty until an account has been read. */
    public Optional<MetaSnapshot> find() {
        Map<Object, Object> entries = redis.opsForHash().entries(KEY);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        List<Entry> read = entries.values().stream()
                .map(value -> json.readValue((String) value, Entry.class))
                .toList();
        Instant syncedAt =
                read.stream().map(Entry::readAt).max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(MetaSnapshot.of(
                syncedAt,
                read.stream()
                        .map(Entry::account)
                        .sorted(Comparator.comparing(MetaSnapshot.AdAccount::name)
                                .thenComparing(MetaSnapshot.AdAccount::id))
                        .toList()));
    }

    private record Entry(Instant readAt, MetaSnapshot.AdAccount account) {}
}
