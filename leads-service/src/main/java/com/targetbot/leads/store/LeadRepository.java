package com.targetbot.leads.store;

import com.targetbot.events.leads.LeadCreated;
import com.targetbot.events.leads.LeadDeleted;
import com.targetbot.events.leads.LeadEvent;
import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.LeadStatus;
import com.targetbot.events.leads.LeadStatusChanged;
import com.targetbot.events.leads.LeadUpdated;
import com.targetbot.kit.agency.AgencyCalendar;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/**
 * Leads in Redis: the store's public API for the other features of the service. Every write goes through
 * change-lead.lua, so a lead, its index entries and its counters always change together.
 */
@Repository
public class LeadRepository {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> CHANGE =
            RedisScript.of(new ClassPathResource("change-lead.lua", LeadRepository.class), List.class);

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> NAME_PREFIX =
            RedisScript.of(new ClassPathResource("name-prefix.lua", LeadRepository.class), List.class);

    /** Candidates read per round trip while a filtered page is filled; at least the page size. */
    private static final int MIN_BATCH = 50;

    private static final int STATS_DAYS = 30;

    private static final int ERASE_BATCH = 500;

    private final StringRedisTemplate redis;
    private final StoreProperties properties;
    private final AgencyCalendar calendar;

    LeadRepository(StringRedisTemplate redis, StoreProperties properties, AgencyCalendar calendar) {
        this.redis = redis;
        this.properties = properties;
        this.calendar = calendar;
    }

    /**
     * Stores, indexes and counts the lead in one atomic step unless a lead with its id exists; an existing
     * lead is left exactly as it was. The lead's {@code duplicateOf} is stored as given (a replayed event).
     */
    public InsertOutcome insert(Lead lead) {
        return insert(lead, insertion(lead)).outcome();
    }

    /**
     * Stores a new lead as {@link #insert} does, and in the same atomic step marks it a duplicate of the
     * earliest lead with the same phone or e-mail created within the duplicate window before it (or of that
     * lead's own original). Being one step, two such leads stored at the same moment by different consumers
     * cannot miss each other.
     */
    public Insertion insertMarkingDuplicates(Lead lead) {
        long createdAt = lead.createdAt().toEpochMilli();
        return insert(
                lead,
                insertion(lead)
                        .markDuplicateOfEarliest(
                                contactIndexes(lead.phone(), lead.email()),
                                lead.createdAt()
                                        .minus(properties.duplicateWindow())
                                        .toEpochMilli(),
                                createdAt));
    }

    /** What an insert found and, for a lead it stored, the original that lead duplicates (or null). */
    public record Insertion(InsertOutcome outcome, @Nullable String duplicateOf) {}

    private LeadChange insertion(Lead lead) {
        var change = LeadChange.insert(lead.id())
                .count(LeadKeys.TOTAL, 1)
                .count(LeadKeys.day(calendar.dayOf(lead.createdAt())), 1)
                .count(LeadKeys.statusCount(lead.status()), 1)
                .count(LeadKeys.sourceCount(lead.source()), 1);
        long score = lead.createdAt().toEpochMilli();
        for (String index : scoredIndexes(lead)) {
            change.join(index, score, lead.id());
        }
        change.join(LeadKeys.BY_NAME, 0, LeadKeys.nameMember(lead.name(), lead.id()));
        LeadHash.write(lead).forEach(change::set);
        return change;
    }

    private Insertion insert(Lead lead, LeadChange change) {
        List<?> result = run(change);
        return switch (code(result)) {
            case 0 -> {
                String original = result.size() > 1 ? (String) result.get(1) : "";
                yield new Insertion(InsertOutcome.INSERTED, original.isEmpty() ? lead.duplicateOf() : original);
            }
            case 1 -> new Insertion(InsertOutcome.STORED_UNANNOUNCED, null);
            case 2 -> new Insertion(InsertOutcome.STORED_ANNOUNCED, null);
            default -> throw new IllegalStateException("change-lead.lua refused an insert");
        };
    }

    /** Records that {@code LeadCreated} for the lead was acknowledged, so a redelivery does not repeat it. */
    public void markAnnounced(String id, Instant at) {
        redis.opsForHash().put(LeadKeys.lead(id), LeadHash.ANNOUNCED_AT, at.toString());
    }

    /**
     * Applies an announced event to the stored state: the live path after the broker acknowledged the event,
     * and the rebuild replaying the topic, share this one definition of what an event means.
     *
     * @return false when the event no longer applies (the lead is gone or already moved on)
     */
    public boolean apply(LeadEvent event) {
        return switch (event) {
            case LeadCreated created -> {
                insert(fromEvent(created));
                markAnnounced(created.leadId(), created.createdAt());
                yield true;
            }
            case LeadUpdated updated -> update(updated);
            case LeadStatusChanged changed -> changeStatus(changed);
            case LeadDeleted deleted -> erase(deleted.leadId());
        };
    }

    private boolean update(LeadUpdated event) {
        Optional<Lead> found = find(event.leadId());
        if (found.isEmpty()) {
            return false;
        }
        Lead lead = found.get();
        var change = LeadChange.whileStatus(lead.id(), LeadHash.wire(lead.status()));
        String assignee = event.assignee();
        if (assignee != null && !assignee.equals(lead.assignee())) {
            if (lead.assignee() != null) {
                change.leave(LeadKeys.byAssignee(lead.assignee()), lead.id());
            }
            change.join(LeadKeys.byAssignee(assignee), lead.createdAt().toEpochMilli(), lead.id());
            change.set("assignee", assignee);
        }
        if (event.comment() != null) {
            change.set("comment", event.comment());
        }
        change.set("updatedAt", event.updatedAt().toString());
        return code(run(change)) == 0;
    }

    private boolean changeStatus(LeadStatusChanged event) {
        Optional<Lead> found = find(event.leadId());
        if (found.isEmpty() || found.get().status() != event.from()) {
            return false;
        }
        Lead lead = found.get();
        var history = new ArrayList<>(lead.history());
        history.add(new StatusChange(event.from(), event.to(), event.changedBy(), event.changedAt()));
        var change = LeadChange.whileStatus(lead.id(), LeadHash.wire(event.from()))
                .count(LeadKeys.statusCount(event.from()), -1)
                .count(LeadKeys.statusCount(event.to()), 1)
                .leave(LeadKeys.byStatus(event.from()), lead.id())
                .join(LeadKeys.byStatus(event.to()), lead.createdAt().toEpochMilli(), lead.id())
                .set("status", LeadHash.wire(event.to()))
                .set("updatedAt", event.changedAt().toString())
                .set(LeadHash.HISTORY, LeadHash.history(history));
        return code(run(change)) == 0;
    }

    /** Erases the lead, every index entry of it and its share of every counter; false when it is gone. */
    private boolean erase(String id) {
        Optional<Lead> found = find(id);
        if (found.isEmpty()) {
            return false;
        }
        Lead lead = found.get();
        var change = LeadChange.whileStatus(id, LeadHash.wire(lead.status()))
                .count(LeadKeys.TOTAL, -1)
                .count(LeadKeys.day(calendar.dayOf(lead.createdAt())), -1)
                .count(LeadKeys.statusCount(lead.status()), -1)
                .count(LeadKeys.sourceCount(lead.source()), -1)
                .leave(LeadKeys.BY_NAME, LeadKeys.nameMember(lead.name(), id))
                .erase();
        for (String index : scoredIndexes(lead)) {
            change.leave(index, id);
        }
        return code(run(change)) == 0;
    }

    /**
     * Deletes every key of the service: leads, indexes and counters. Only for a rebuild, which then replays
     * the whole history; it walks the keyspace with SCAN, never KEYS, so Redis keeps serving meanwhile.
     *
     * @return how many keys were deleted
     */
    public long eraseAll() {
        long deleted = 0;
        var batch = new ArrayList<String>();
        try (var keys = redis.scan(ScanOptions.scanOptions()
                .match(LeadKeys.PATTERN)
                .count(ERASE_BATCH)
                .build())) {
            while (keys.hasNext()) {
                batch.add(keys.next());
                if (batch.size() == ERASE_BATCH || !keys.hasNext()) {
                    deleted += Objects.requireNonNullElse(redis.unlink(batch), 0L);
                    batch.clear();
                }
            }
        }
        return deleted;
    }

    public Optional<Lead> find(String id) {
        Map<String, String> fields = redis.<String, String>opsForHash().entries(LeadKeys.lead(id));
        return fields.isEmpty() ? Optional.empty() : Optional.of(LeadHash.read(fields));
    }

    /**
     * One page of leads matching the filter, newest first, after the cursor. See {@link FilterPlan} for
     * which index is walked; the walk goes on until the page is full or the index is exhausted.
     */
    public LeadPage page(LeadFilter filter, @Nullable Cursor after, int limit) {
        String driving = FilterPlan.drivingIndex(filter.indexKeys(), key -> {
            Long size = redis.opsForZSet().zCard(key);
            return size == null ? 0 : size;
        });
        double min =
                filter.from() == null ? Double.NEGATIVE_INFINITY : filter.from().toEpochMilli();
        // Scores are whole milliseconds, so "before to" is "at most to - 1".
        double max =
                filter.to() == null ? Double.POSITIVE_INFINITY : filter.to().toEpochMilli() - 1;
        int batch = Math.max(limit, MIN_BATCH);
        var items = new ArrayList<Lead>();
        Cursor position = after;
        while (true) {
            List<Cursor> candidates = walk(driving, position, min, max, batch);
            List<@Nullable Lead> leads =
                    read(candidates.stream().map(Cursor::id).toList());
            for (int i = 0; i < candidates.size(); i++) {
                Lead lead = leads.get(i);
                if (lead != null && filter.matches(lead)) {
                    items.add(lead);
                    if (items.size() == limit) {
                        return new LeadPage(List.copyOf(items), Cursor.of(lead).encode());
                    }
                }
            }
            if (candidates.size() < batch) {
                return new LeadPage(List.copyOf(items), null);
            }
            position = candidates.getLast();
        }
    }

    /**
     * Leads whose lower-cased name starts with the prefix, in name order, through the lexicographic name
     * index; at most {@code limit}, then narrowed by the filter.
     */
    public List<Lead> byNamePrefix(String prefix, LeadFilter filter, int limit) {
        List<?> members = Objects.requireNonNullElse(
                redis.execute(
                        NAME_PREFIX,
                        List.of(LeadKeys.BY_NAME),
                        prefix.toLowerCase(Locale.ROOT),
                        Integer.toString(limit)),
                List.of());
        List<String> ids = members.stream()
                .map(member -> {
                    String text = (String) member;
                    return text.substring(text.lastIndexOf('\0') + 1);
                })
                .toList();
        return findAll(ids).stream().filter(filter::matches).toList();
    }

    /**
     * One page of the ids of leads created in {@code [from, to)} (either bound optional), in creation order.
     * Scores are creation times, so new leads join at the end and offset-based pages stay stable while an
     * export reads them.
     */
    public List<String> idsOldestFirst(@Nullable Instant from, @Nullable Instant to, long offset, int count) {
        double min = from == null ? Double.NEGATIVE_INFINITY : from.toEpochMilli();
        double max = to == null ? Double.POSITIVE_INFINITY : to.toEpochMilli() - 1;
        return List.copyOf(orEmpty(redis.opsForZSet().rangeByScore(LeadKeys.BY_CREATED, min, max, offset, count)));
    }

    /** The leads with the given ids, in the same order, read in one pipelined round trip. */
    public List<Lead> findAll(List<String> ids) {
        // A lead erased between the index read and this one is skipped rather than failing the page.
        return read(ids).stream().flatMap(Stream::ofNullable).toList();
    }

    /** Every counter behind the dashboard in one MGET: a fixed number of keys, whatever the number of leads. */
    public LeadStats stats() {
        LocalDate today = calendar.today();
        var keys = new ArrayList<String>();
        keys.add(LeadKeys.TOTAL);
        for (int back = STATS_DAYS - 1; back >= 0; back--) {
            keys.add(LeadKeys.day(today.minusDays(back)));
        }
        for (LeadStatus status : LeadStatus.values()) {
            keys.add(LeadKeys.statusCount(status));
        }
        for (LeadSource source : LeadSource.values()) {
            keys.add(LeadKeys.sourceCount(source));
        }
        List<String> values = Objects.requireNonNullElse(redis.opsForValue().multiGet(keys), List.of());
        int at = 0;
        long total = count(values, at++);
        var byDay = new ArrayList<LeadStats.DayCount>();
        for (int back = STATS_DAYS - 1; back >= 0; back--) {
            byDay.add(new LeadStats.DayCount(today.minusDays(back), count(values, at++)));
        }
        var byStatus = new LinkedHashMap<String, Long>();
        for (LeadStatus status : LeadStatus.values()) {
            byStatus.put(LeadHash.wire(status), count(values, at++));
        }
        var bySource = new LinkedHashMap<String, Long>();
        for (LeadSource source : LeadSource.values()) {
            bySource.put(LeadHash.wire(source), count(values, at++));
        }
        return new LeadStats(
                total, byDay.getLast().count(), byDay.get(byDay.size() - 2).count(), byStatus, bySource, byDay);
    }

    /**
     * Up to {@code count} positions of the index after {@code position}, newest first, within the score
     * bounds. Members tied on the cursor's score come first when their id sorts below the cursor's, which
     * is the order ZREVRANGEBYSCORE gives equal scores.
     */
    private List<Cursor> walk(String key, @Nullable Cursor position, double min, double max, int count) {
        var out = new ArrayList<Cursor>();
        double upper = max;
        if (position != null) {
            if (position.score() >= min && position.score() <= max) {
                List<String> tied = new ArrayList<>(
                        orEmpty(redis.opsForZSet().rangeByScore(key, position.score(), position.score())));
                for (String id : tied.reversed()) {
                    if (id.compareTo(position.id()) < 0 && out.size() < count) {
                        out.add(new Cursor(position.score(), id));
                    }
                }
            }
            upper = Math.min(max, position.score() - 1);
        }
        if (out.size() < count && upper >= min) {
            for (TypedTuple<String> tuple :
                    orEmpty(redis.opsForZSet().reverseRangeByScoreWithScores(key, min, upper, 0, count - out.size()))) {
                out.add(new Cursor(
                        Objects.requireNonNull(tuple.getScore()).longValue(),
                        Objects.requireNonNull(tuple.getValue())));
            }
        }
        return out;
    }

    /** The leads with the given ids, aligned with them: null where a lead is gone. */
    private List<@Nullable Lead> read(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> hashes = redis.executePipelined((RedisCallback<Object>) connection -> {
            for (String id : ids) {
                connection.hashCommands().hGetAll(LeadKeys.lead(id).getBytes(StandardCharsets.UTF_8));
            }
            return null;
        });
        var leads = new ArrayList<@Nullable Lead>(hashes.size());
        for (Object hash : hashes) {
            leads.add(hash instanceof Map<?, ?> fields && !fields.isEmpty() ? LeadHash.read(asStrings(fields)) : null);
        }
        return leads;
    }

    private List<?> run(LeadChange change) {
        return Objects.requireNonNull(redis.execute(CHANGE, change.keys(), change.args()), "script result");
    }

    private static int code(List<?> result) {
        return ((Number) result.getFirst()).intValue();
    }

    /** The indexes scored by creation time that hold this lead. */
    private static List<String> scoredIndexes(Lead lead) {
        var keys = new ArrayList<String>();
        keys.add(LeadKeys.BY_CREATED);
        keys.add(LeadKeys.byStatus(lead.status()));
        keys.add(LeadKeys.bySource(lead.source()));
        if (lead.assignee() != null) {
            keys.add(LeadKeys.byAssignee(lead.assignee()));
        }
        keys.addAll(contactIndexes(lead.phone(), lead.email()));
        return keys;
    }

    private static List<String> contactIndexes(@Nullable String phone, @Nullable String email) {
        var keys = new ArrayList<String>(2);
        if (phone != null) {
            keys.add(LeadKeys.byPhone(phone));
        }
        if (email != null) {
            keys.add(LeadKeys.byEmail(email));
        }
        return keys;
    }

    private static Lead fromEvent(LeadCreated event) {
        return new Lead(
                event.leadId(),
                event.name(),
                event.phone(),
                event.email(),
                event.comment(),
                event.source(),
                event.status(),
                event.createdAt(),
                event.createdBy(),
                null,
                null,
                event.duplicateOf(),
                event.utmSource(),
                event.utmMedium(),
                event.utmCampaign(),
                event.utmContent(),
                event.utmTerm(),
                event.metaCampaignId(),
                event.metaAdId(),
                event.metaFormId(),
                List.of());
    }

    private static long count(List<String> values, int index) {
        String value = index < values.size() ? values.get(index) : null;
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
