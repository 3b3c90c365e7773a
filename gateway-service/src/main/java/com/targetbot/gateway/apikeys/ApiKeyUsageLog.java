package com.targetbot.gateway.apikeys;

import com.targetbot.events.audit.ApiKeyUsed;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The recent uses of each key, newest last, in a Redis stream at {@code gateway:apikey-usage:<prefix>}
 * capped at {@value #CAPACITY} entries (the full history is on the {@code audit.events} topic). Stream
 * ids make stable cursors: a page continues below the last id seen, whatever was appended since.
 */
@Repository
class ApiKeyUsageLog {

    static final int CAPACITY = 1000;
    private static final String KEY_PREFIX = "gateway:apikey-usage:";

    // KEYS: the key's hash, its usage stream. ARGV: time, capacity, method, path, status, client IP.
    private static final RedisScript<Long> RECORD_USE = RedisScript.of("""
            redis.call('hset', KEYS[1], 'lastUsedAt', ARGV[1])
            redis.call('hincrby', KEYS[1], 'useCount', 1)
            redis.call('xadd', KEYS[2], 'MAXLEN', ARGV[2], '*', 'method', ARGV[3], 'path', ARGV[4],
                'status', ARGV[5], 'clientIp', ARGV[6], 'at', ARGV[1])
            return 1
            """, Long.class);

    private final ReactiveStringRedisTemplate redis;

    ApiKeyUsageLog(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    /**
     * Records one use in a single round trip: the key's last use and use count, and the entry in its log
     * (trimmed to the capacity in the same step).
     */
    Mono<Void> record(String keyHash, ApiKeyUsed use) {
        return redis.execute(
                        RECORD_USE,
                        List.of(ApiKeyRepository.storageKey(keyHash), KEY_PREFIX + use.keyPrefix()),
                        List.of(
                                use.at().toString(),
                                Integer.toString(CAPACITY),
                                use.method(),
                                use.path(),
                                Integer.toString(use.status()),
                                use.clientIp()))
                .then();
    }

    /** Up to {@code limit} uses, newest first, older than the entry {@code cursor} names (or the newest). */
    Mono<UsagePage> page(String prefix, @Nullable String cursor, int limit) {
        Range<String> range =
                cursor == null ? Range.unbounded() : Range.of(Range.Bound.unbounded(), Range.Bound.exclusive(cursor));
        return redis.<String, String>opsForStream()
                .reverseRange(KEY_PREFIX + prefix, range, Limit.limit().count(limit))
                .map(entry -> new Use(
                        entry.getId().getValue(),
                        entry.getValue().get("method"),
                        entry.getValue().get("path"),
                        Integer.parseInt(entry.getValue().get("status")),
                        entry.getValue().get("clientIp"),
                        Instant.parse(entry.getValue().get("at"))))
                .collectList()
                .map(uses -> new UsagePage(
                        uses, uses.size() < limit ? null : uses.getLast().id()));
    }

    /** One use of a key; {@code id} is its cursor. */
    record Use(String id, String method, String path, int status, String clientIp, Instant at) {}

    /** A page of uses; {@code nextCursor} is null on the last page. */
    record UsagePage(List<Use> items, @Nullable String nextCursor) {}
}
