package com.targetbot.gateway.apikeys;

import com.targetbot.events.audit.ApiKeyUsed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
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

    private final ReactiveStringRedisTemplate redis;

    ApiKeyUsageLog(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    Mono<Void> append(ApiKeyUsed use) {
        MapRecord<String, String, String> entry = StreamRecords.newRecord()
                .in(KEY_PREFIX + use.keyPrefix())
                .ofMap(Map.of(
                        "method", use.method(),
                        "path", use.path(),
                        "status", Integer.toString(use.status()),
                        "clientIp", use.clientIp(),
                        "at", use.at().toString()));
        return redis.opsForStream()
                .add(entry)
                .then(redis.opsForStream().trim(KEY_PREFIX + use.keyPrefix(), CAPACITY))
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
