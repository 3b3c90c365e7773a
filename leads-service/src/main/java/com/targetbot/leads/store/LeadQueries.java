package com.targetbot.leads.store;

import java.nio.charset.StandardCharsets;
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
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/** Reads of the stored leads: one lead, filtered pages, name searches and the export's id pages. */
@Repository
public class LeadQueries {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> NAME_PREFIX =
            RedisScript.of(new ClassPathResource("name-prefix.lua", LeadQueries.class), List.class);

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> NAME_COUNTS =
            RedisScript.of(new ClassPathResource("name-counts.lua", LeadQueries.class), List.class);

    /** Candidates read per round trip while a filtered page is filled; at least the page size. */
    private static final int MIN_BATCH = 50;

    /** Name index entries a search page reads at most before it answers what it found so far. */
    static final int NAME_READ_BUDGET = 1_000;

    private final StringRedisTemplate redis;

    LeadQueries(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public Optional<Lead> find(String id) {
        Map<String, String> fields = redis.<String, String>opsForHash().entries(LeadKeys.lead(id));
        return fields.isEmpty() ? Optional.empty() : Optional.of(LeadHash.read(fields));
    }

    /** The lead given this short number, when it still exists. */
    public Optional<Lead> findByNumber(long number) {
        Set<String> ids = orEmpty(redis.opsForZSet().rangeByScore(LeadKeys.BY_NUMBER, number, number, 0, 1));
        return ids.stream().findFirst().flatMap(this::find);
    }

    /** The lead given this short number, as a page, when it exists and matches the filter. */
    public LeadPage byNumber(long number, LeadFilter filter) {
        return new LeadPage(
                findByNumber(number).filter(filter::matches).stream().toList(), null);
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
     * One page of the leads with a name word starting with each word of {@code text} (case-insensitive, «ё» as
     * «е»), matching the filter, in name index order, after {@code after}. It walks the lexicographic name index
     * over the prefix of the searched word with the fewest entries (counted, not read, on the first page; later
     * pages keep to the cursor's) and checks the other words on the leads it reads; however
     * few leads match, it reads at most {@value #NAME_READ_BUDGET} index entries a page and then answers what it
     * found with a cursor to go on from, so no search scans the leads.
     */
    public LeadPage byName(String text, LeadFilter filter, @Nullable NameCursor after, int limit) {
        List<String> words = NameWords.of(text);
        if (words.isEmpty()) {
            return new LeadPage(List.of(), null);
        }
        String driving = after == null ? narrowest(words) : after.prefix();
        int batch = Math.max(limit, MIN_BATCH);
        var items = new ArrayList<Lead>();
        String position = after == null ? "" : after.member();
        int read = 0;
        while (true) {
            List<String> members = Objects.requireNonNullElse(
                            redis.execute(
                                    NAME_PREFIX, List.of(LeadKeys.BY_NAME), driving, position, Integer.toString(batch)),
                            List.of())
                    .stream()
                    .map(String.class::cast)
                    .toList();
            List<@Nullable Lead> leads =
                    read(members.stream().map(LeadKeys::memberId).toList());
            for (int i = 0; i < members.size(); i++) {
                Lead lead = leads.get(i);
                if (lead != null
                        && filter.matches(lead)
                        && namedBy(lead, words, driving, LeadKeys.memberWord(members.get(i)))) {
                    items.add(lead);
                    if (items.size() == limit) {
                        return new LeadPage(List.copyOf(items), new NameCursor(driving, members.get(i)).encode());
                    }
                }
            }
            read += members.size();
            if (members.size() < batch) {
                return new LeadPage(List.copyOf(items), null);
            }
            position = members.getLast();
            if (read >= NAME_READ_BUDGET) {
                return new LeadPage(List.copyOf(items), new NameCursor(driving, position).encode());
            }
        }
    }

    /** The searched word whose prefix the fewest name index entries start with. */
    private String narrowest(List<String> words) {
        if (words.size() == 1) {
            return words.getFirst();
        }
        List<?> counts = Objects.requireNonNull(
                redis.execute(NAME_COUNTS, List.of(LeadKeys.BY_NAME), words.toArray()), "name counts");
        int narrowest = 0;
        for (int i = 1; i < words.size(); i++) {
            if (((Number) counts.get(i)).longValue() < ((Number) counts.get(narrowest)).longValue()) {
                narrowest = i;
            }
        }
        return words.get(narrowest);
    }

    /**
     * Whether every searched word starts a word of the lead's name, and {@code indexedWord} is the first of the
     * name's words (in index order) the walked prefix starts: a lead filed under two matching words is then listed
     * once.
     */
    private static boolean namedBy(Lead lead, List<String> words, String walked, String indexedWord) {
        List<String> own = NameWords.of(lead.name());
        boolean all = words.stream().allMatch(word -> own.stream().anyMatch(name -> name.startsWith(word)));
        return all
                && own.stream()
                        .filter(name -> name.startsWith(walked))
                        .sorted()
                        .findFirst()
                        .filter(indexedWord::equals)
                        .isPresent();
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

    private static <T> Set<T> orEmpty(@Nullable Set<T> values) {
        return values == null ? Set.of() : values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> asStrings(Map<?, ?> fields) {
        return (Map<String, String>) fields;
    }
}
