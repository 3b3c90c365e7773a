package com.targetbot.leads.store;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/** Leads in Redis: the store's public API for the other features of the service. */
@Repository
public class LeadRepository {

    private static final RedisScript<Long> INSERT =
            RedisScript.of(new ClassPathResource("insert-lead.lua", LeadRepository.class), Long.class);

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final StoreProperties properties;

    LeadRepository(StringRedisTemplate redis, Clock clock, StoreProperties properties) {
        this.redis = redis;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Stores, indexes and counts the lead in one atomic step unless a lead with its id exists; an existing
     * lead is left exactly as it was.
     */
    public InsertOutcome insert(Lead lead) {
        List<String> keys = List.of(
                LeadKeys.lead(lead.id()),
                LeadKeys.BY_CREATED,
                LeadKeys.TOTAL,
                LeadKeys.day(LeadKeys.dayOf(lead.createdAt(), properties.zone())));
        var args = new ArrayList<String>();
        args.add(Long.toString(lead.createdAt().toEpochMilli()));
        args.add(lead.id());
        LeadHash.write(lead).forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        Long outcome = Objects.requireNonNull(redis.execute(INSERT, keys, args.toArray()), "script result");
        return switch (outcome.intValue()) {
            case 0 -> InsertOutcome.INSERTED;
            case 1 -> InsertOutcome.STORED_UNANNOUNCED;
            case 2 -> InsertOutcome.STORED_ANNOUNCED;
            default -> throw new IllegalStateException("insert-lead.lua answered " + outcome);
        };
    }

    /** Records that {@code LeadCreated} for the lead was acknowledged, so a redelivery does not repeat it. */
    public void markAnnounced(String id, Instant at) {
        redis.opsForHash().put(LeadKeys.lead(id), LeadHash.ANNOUNCED_AT, at.toString());
    }

    public Optional<Lead> find(String id) {
        Map<String, String> fields = redis.<String, String>opsForHash().entries(LeadKeys.lead(id));
        return fields.isEmpty() ? Optional.empty() : Optional.of(LeadHash.read(fields));
    }

    /** The most recently created leads, newest first. */
    public List<Lead> newest(int limit) {
        return findAll(List.copyOf(orEmpty(redis.opsForZSet().reverseRange(LeadKeys.BY_CREATED, 0, limit - 1))));
    }

    /**
     * One page of lead ids in creation order. Scores are creation times, so new leads join at the end and
     * index-based pages stay stable while an export reads them.
     */
    public List<String> idsOldestFirst(long offset, int count) {
        return List.copyOf(orEmpty(redis.opsForZSet().range(LeadKeys.BY_CREATED, offset, offset + count - 1)));
    }

    /** The leads with the given ids, in the same order, read in one pipelined round trip. */
    public List<Lead> findAll(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> hashes = redis.executePipelined((RedisCallback<Object>) connection -> {
            for (String id : ids) {
                connection.hashCommands().hGetAll(LeadKeys.lead(id).getBytes(StandardCharsets.UTF_8));
            }
            return null;
        });
        // A lead deleted by hand between the index read and this one is skipped rather than failing the page.
        return hashes.stream()
                .flatMap(hash -> hash instanceof Map<?, ?> fields && !fields.isEmpty()
                        ? Stream.of(LeadHash.read(asStrings(fields)))
                        : Stream.empty())
                .toList();
    }

    /** Total and today's counts from their counters: two keys, whatever the number of leads. */
    public LeadCounts counts() {
        var today = LeadKeys.day(LeadKeys.dayOf(clock.instant(), properties.zone()));
        List<String> values = redis.opsForValue().multiGet(List.of(LeadKeys.TOTAL, today));
        return new LeadCounts(count(values, 0), count(values, 1));
    }

    private static long count(@Nullable List<String> values, int index) {
        String value = values == null ? null : values.get(index);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static <T> Set<T> orEmpty(@Nullable Set<T> values) {
        return values == null ? Set.of() : values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> asStrings(Map<?, ?> fields) {
        return (Map<String, String>) fields;
    }
}
