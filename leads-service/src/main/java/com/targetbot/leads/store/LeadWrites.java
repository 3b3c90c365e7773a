package com.targetbot.leads.store;

import com.targetbot.events.leads.LeadCreated;
import com.targetbot.events.leads.LeadDeleted;
import com.targetbot.events.leads.LeadEvent;
import com.targetbot.events.leads.LeadStatusChanged;
import com.targetbot.events.leads.LeadUpdated;
import com.targetbot.kit.agency.AgencyCalendar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/**
 * Every change to the stored leads. Each write goes through change-lead.lua, so a lead, its index entries and
 * its counters always change together.
 */
@Repository
public class LeadWrites {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> CHANGE =
            RedisScript.of(new ClassPathResource("change-lead.lua", LeadWrites.class), List.class);

    private static final int ERASE_BATCH = 500;

    private final StringRedisTemplate redis;
    private final LeadQueries queries;
    private final StoreProperties properties;
    private final AgencyCalendar calendar;

    LeadWrites(StringRedisTemplate redis, LeadQueries queries, StoreProperties properties, AgencyCalendar calendar) {
        this.redis = redis;
        this.queries = queries;
        this.properties = properties;
        this.calendar = calendar;
    }

    /**
     * Stores, indexes and counts the lead in one atomic step unless a lead with its id exists; an existing
     * lead is left exactly as it was. The lead's {@code duplicateOf} is stored as given (a replayed event).
     */
    public InsertOutcome insert(Lead lead) {
        var change = insertion(lead);
        if (lead.number() != null) {
            change.numbered(lead.number());
        }
        return insert(lead, change).outcome();
    }

    /**
     * Stores a new lead as {@link #insert} does, and in the same atomic step marks it a duplicate of the
     * earliest lead with the same phone or e-mail stored since the duplicate window began (or of that lead's own
     * original). Being one step, two such leads stored at the same moment by different consumers cannot miss
     * each other. The lead gets the next short number in the same step.
     */
    public Insertion insertMarkingDuplicates(Lead lead) {
        return insert(
                lead,
                insertion(lead)
                        .numberedNext()
                        .markDuplicateOfEarliest(
                                contactIndexes(lead.phone(), lead.email()),
                                lead.createdAt()
                                        .minus(properties.duplicateWindow())
                                        .toEpochMilli(),
                                // No upper bound: two consumers may read the clock in one order and store in the
                                // other, so the lead stored first can carry the later time.
                                Long.MAX_VALUE));
    }

    /**
     * What an insert found and, for a lead it stored, the original that lead duplicates (or null) and the
     * number it was given (null when none).
     */
    public record Insertion(
            InsertOutcome outcome,
            @Nullable String duplicateOf,
            @Nullable Long number) {}

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
        for (String member : LeadKeys.nameMembers(lead.name(), lead.id())) {
            change.join(LeadKeys.BY_NAME, 0, member);
        }
        LeadHash.write(lead).forEach(change::set);
        return change;
    }

    private Insertion insert(Lead lead, LeadChange change) {
        List<?> result = run(change);
        return switch (code(result)) {
            case 0 -> {
                String original = (String) result.get(1);
                String number = (String) result.get(2);
                yield new Insertion(
                        InsertOutcome.INSERTED,
                        original.isEmpty() ? lead.duplicateOf() : original,
                        number.isEmpty() ? null : Long.valueOf(number));
            }
            case 1 -> new Insertion(InsertOutcome.STORED_UNANNOUNCED, null, null);
            case 2 -> new Insertion(InsertOutcome.STORED_ANNOUNCED, null, null);
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
                insert(Lead.of(created));
                markAnnounced(created.leadId(), created.createdAt());
                yield true;
            }
            case LeadUpdated updated -> update(updated);
            case LeadStatusChanged changed -> changeStatus(changed);
            case LeadDeleted deleted -> erase(deleted.leadId());
        };
    }

    private boolean update(LeadUpdated event) {
        Optional<Lead> found = queries.find(event.leadId());
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
        Optional<Lead> found = queries.find(event.leadId());
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
        Optional<Lead> found = queries.find(id);
        if (found.isEmpty()) {
            return false;
        }
        Lead lead = found.get();
        var change = LeadChange.whileStatus(id, LeadHash.wire(lead.status()))
                .count(LeadKeys.TOTAL, -1)
                .count(LeadKeys.day(calendar.dayOf(lead.createdAt())), -1)
                .count(LeadKeys.statusCount(lead.status()), -1)
                .count(LeadKeys.sourceCount(lead.source()), -1)
                .leave(LeadKeys.BY_NUMBER, id)
                .erase();
        for (String member : LeadKeys.nameMembers(lead.name(), id)) {
            change.leave(LeadKeys.BY_NAME, member);
        }
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
        if (lead.projectId() != null) {
            keys.add(LeadKeys.byProject(lead.projectId()));
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
}
