package com.targetbot.reports.catalog;

import com.targetbot.events.reports.GenerateReport;
import com.targetbot.events.reports.ReportFormat;
import com.targetbot.reports.periods.ReportRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Report metadata in Redis. Every change of a report is one MULTI/EXEC, so readers never see a hash
 * half-way between two states.
 */
@Component
public class ReportCatalog {

    static final String BY_CREATED = "reports:by-created";
    private static final String REPORT_PREFIX = "reports:report:";

    private static final String ID = "id";
    private static final String FORMAT = "format";
    private static final String STATUS = "status";
    private static final String CREATED_AT = "createdAt";
    private static final String REQUESTED_BY = "requestedBy";
    private static final String PERIOD = "period";
    private static final String FROM = "from";
    private static final String TO = "to";
    private static final String OBJECT_KEY = "objectKey";
    private static final String SIZE_BYTES = "sizeBytes";
    private static final String ROWS = "rows";
    private static final String GENERATED_AT = "generatedAt";
    private static final String FAILURE_REASON = "failureReason";
    private static final String FAILED_AT = "failedAt";
    private static final String ANNOUNCED = "announced";

    private final StringRedisTemplate redis;

    ReportCatalog(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public Optional<Report> find(String id) {
        Map<String, String> fields = redis.<String, String>opsForHash().entries(key(id));
        return fields.isEmpty() ? Optional.empty() : Optional.of(toReport(fields));
    }

    /** How many reports exist, answered by the index's cardinality (constant time). */
    public long count() {
        Long count = redis.opsForZSet().zCard(BY_CREATED);
        return count == null ? 0 : count;
    }

    /** The most recently requested reports, newest first. */
    public List<Report> newest(int limit) {
        Set<String> ids = redis.opsForZSet().reverseRange(BY_CREATED, 0, limit - 1L);
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<Object> hashes = redis.executePipelined(new SessionCallback<Object>() {
            @Override
            public <K, V> @Nullable Object execute(RedisOperations<K, V> operations) throws DataAccessException {
                @SuppressWarnings("unchecked")
                RedisOperations<String, String> strings = (RedisOperations<String, String>) operations;
                ids.forEach(id -> strings.opsForHash().entries(key(id)));
                return null;
            }
        });
        List<Report> reports = new ArrayList<>(hashes.size());
        for (Object hash : hashes) {
            @SuppressWarnings("unchecked")
            Map<String, String> fields = (Map<String, String>) hash;
            if (!fields.isEmpty()) {
                reports.add(toReport(fields));
            }
        }
        return reports;
    }

    /**
     * Records a requested report as pending with the leads it covers, forgetting the outcome of any earlier
     * attempt.
     */
    public void markPending(GenerateReport command, ReportRange range) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(ID, command.reportId());
        fields.put(FORMAT, command.format().name().toLowerCase(Locale.ROOT));
        fields.put(STATUS, ReportStatus.PENDING.code());
        fields.put(CREATED_AT, command.requestedAt().toString());
        fields.put(REQUESTED_BY, command.requestedBy());
        List<String> cleared = new ArrayList<>(
                List.of(OBJECT_KEY, SIZE_BYTES, ROWS, GENERATED_AT, FAILURE_REASON, FAILED_AT, ANNOUNCED));
        putOrClear(fields, cleared, PERIOD, range.period());
        putOrClear(fields, cleared, FROM, range.from());
        putOrClear(fields, cleared, TO, range.to());
        String key = key(command.reportId());
        transaction(operations -> {
            operations.opsForHash().putAll(key, fields);
            operations.opsForHash().delete(key, cleared.toArray());
            operations
                    .opsForZSet()
                    .add(BY_CREATED, command.reportId(), command.requestedAt().toEpochMilli());
        });
    }

    /** Records the stored file; the report is not yet announced. */
    public void markReady(String id, ReportFile file) {
        String key = key(id);
        transaction(operations -> {
            operations
                    .opsForHash()
                    .putAll(
                            key,
                            Map.of(
                                    STATUS, ReportStatus.READY.code(),
                                    OBJECT_KEY, file.objectKey(),
                                    SIZE_BYTES, Long.toString(file.sizeBytes()),
                                    ROWS, Long.toString(file.rows()),
                                    GENERATED_AT, file.generatedAt().toString(),
                                    ANNOUNCED, Boolean.FALSE.toString()));
            operations.opsForHash().delete(key, FAILURE_REASON, FAILED_AT);
        });
    }

    /** Records that {@code ReportGenerated} was published, so a repeated command does not publish it again. */
    public void markAnnounced(String id) {
        redis.opsForHash().put(key(id), ANNOUNCED, Boolean.TRUE.toString());
    }

    public void markFailed(String id, String reason, Instant failedAt) {
        String key = key(id);
        transaction(operations -> operations
                .opsForHash()
                .putAll(
                        key,
                        Map.of(
                                STATUS, ReportStatus.FAILED.code(),
                                FAILURE_REASON, reason,
                                FAILED_AT, failedAt.toString())));
    }

    private static void putOrClear(
            Map<String, String> fields, List<String> cleared, String name, @Nullable Object value) {
        if (value == null) {
            cleared.add(name);
        } else {
            fields.put(name, value.toString());
        }
    }

    private void transaction(Consumer<RedisOperations<String, String>> commands) {
        redis.execute(new SessionCallback<List<Object>>() {
            @Override
            public <K, V> List<Object> execute(RedisOperations<K, V> operations) throws DataAccessException {
                @SuppressWarnings("unchecked")
                RedisOperations<String, String> strings = (RedisOperations<String, String>) operations;
                strings.multi();
                commands.accept(strings);
                return strings.exec();
            }
        });
    }

    private static String key(String id) {
        return REPORT_PREFIX + id;
    }

    private static Report toReport(Map<String, String> fields) {
        String objectKey = fields.get(OBJECT_KEY);
        ReportFile file = objectKey == null
                ? null
                : new ReportFile(
                        objectKey,
                        Long.parseLong(required(fields, SIZE_BYTES)),
                        Long.parseLong(required(fields, ROWS)),
                        Instant.parse(required(fields, GENERATED_AT)));
        return new Report(
                required(fields, ID),
                ReportFormat.valueOf(required(fields, FORMAT).toUpperCase(Locale.ROOT)),
                ReportStatus.ofCode(required(fields, STATUS)),
                Instant.parse(required(fields, CREATED_AT)),
                required(fields, REQUESTED_BY),
                // Reports from before periods existed lack these fields: they covered every lead.
                new ReportRange(fields.get(PERIOD), instantOrNull(fields.get(FROM)), instantOrNull(fields.get(TO))),
                file,
                fields.get(FAILURE_REASON),
                Boolean.parseBoolean(fields.get(ANNOUNCED)));
    }

    private static @Nullable Instant instantOrNull(@Nullable String value) {
        return value == null ? null : Instant.parse(value);
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalStateException("report hash " + fields.get(ID) + " lacks field " + name);
        }
        return value;
    }
}
