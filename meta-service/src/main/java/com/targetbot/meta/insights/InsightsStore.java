package com.targetbot.meta.insights;

import com.targetbot.events.meta.AdInsightsDay;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/**
 * The statistics projection in Redis, laid out so a period is a handful of pipelined reads whatever the agency's
 * size: one hash per (level, ad account, day), {@code meta:insights:<level>:<accountId>:<date>}, holding object id →
 * packed counts {@code spend|impressions|reach|clicks|linkClicks|leads|resultType:results} (the last part empty when
 * the object has no result type; absent in what was stored before results were counted). A day is replaced whole by
 * one script,
 * so a restated day overwrites and a reader never sees half of one. Names, currencies and campaign parents sit in a
 * hash per account. Never SCAN or KEYS: every key read is computed from the query.
 */
@Repository
public class InsightsStore {

    private static final String PREFIX = "meta:insights:";
    private static final String ACCOUNTS = PREFIX + "accounts";

    /**
     * KEYS: the day's hash, the account's names, the accounts hash; ARGV: account id, its currency and attribution,
     * the number of rows, then id/counts pairs, then id/name pairs. HSET takes the pairs in slices, because Lua's
     * unpack is limited to a few thousand values and an ad-level day of a large account has more.
     */
    private static final RedisScript<Long> WRITE_DAY = RedisScript.of("""
            local function hset(key, first, last)
              for i = first, last, 1000 do
                redis.call('HSET', key, unpack(ARGV, i, math.min(i + 999, last)))
              end
            end
            local rows = tonumber(ARGV[3])
            redis.call('DEL', KEYS[1])
            hset(KEYS[1], 4, 3 + 2 * rows)
            hset(KEYS[2], 4 + 2 * rows, #ARGV)
            redis.call('HSET', KEYS[3], ARGV[1], ARGV[2])
            return rows
            """, Long.class);

    private final StringRedisTemplate redis;

    InsightsStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /**
     * Replaces one account-day-level with what Meta said about it, in one script: atomic like a transaction, but on
     * the shared connection (a MULTI takes a dedicated connection, which without a pool is a new one each time).
     */
    void write(AdInsightsDay day) {
        List<String> arguments = new ArrayList<>();
        arguments.add(day.accountId());
        arguments.add(day.currency() + "|" + day.attribution());
        arguments.add(Integer.toString(day.rows().size()));
        for (AdInsightsDay.Row row : day.rows()) {
            arguments.add(row.objectId());
            arguments.add(pack(row));
        }
        for (AdInsightsDay.Row row : day.rows()) {
            if (!row.name().isEmpty()) {
                arguments.add(row.objectId());
                arguments.add(row.name());
            }
        }
        redis.execute(
                WRITE_DAY,
                List.of(dayKey(day.level(), day.accountId(), day.date()), namesKey(day.accountId()), ACCOUNTS),
                arguments.toArray());
    }

    /** Which campaign every ad set and ad belongs to, as the structure sync last read it. */
    public void parents(String accountId, Map<String, String> campaignByObject) {
        if (!campaignByObject.isEmpty()) {
            redis.opsForHash().putAll(parentsKey(accountId), campaignByObject);
        }
    }

    /** Every ad account with statistics: id → its currency and attribution setting. */
    public Map<String, AccountInfo> accounts() {
        Map<String, AccountInfo> accounts = new LinkedHashMap<>();
        redis.<String, String>opsForHash().entries(ACCOUNTS).forEach((id, value) -> {
            String[] parts = value.split("\\|", 2);
            accounts.put(id, new AccountInfo(parts[0], parts.length > 1 ? parts[1] : ""));
        });
        return accounts;
    }

    public Map<String, String> names(String accountId) {
        return redis.<String, String>opsForHash().entries(namesKey(accountId));
    }

    public Map<String, String> parents(String accountId) {
        return redis.<String, String>opsForHash().entries(parentsKey(accountId));
    }

    /**
     * The counts of a level for some accounts over a period, read in one pipeline: account → day → object → counts.
     * Days without a record are absent.
     */
    public Map<String, Map<LocalDate, Map<String, Counts>>> read(
            String level, List<String> accountIds, LocalDate from, LocalDate to) {
        List<String[]> asked = new ArrayList<>();
        for (String accountId : accountIds) {
            from.datesUntil(to.plusDays(1)).forEach(day -> asked.add(new String[] {accountId, day.toString()}));
        }
        List<Object> answers = redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings("unchecked")
            public <K, V> Object execute(RedisOperations<K, V> operations) throws DataAccessException {
                RedisOperations<String, String> ops = (RedisOperations<String, String>) operations;
                for (String[] accountDay : asked) {
                    ops.opsForHash().entries(dayKey(level, accountDay[0], LocalDate.parse(accountDay[1])));
                }
                return null;
            }
        });
        Map<String, Map<LocalDate, Map<String, Counts>>> result = new LinkedHashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<Object, Object> day = (Map<Object, Object>) answers.get(i);
            if (day == null || day.isEmpty()) {
                continue;
            }
            Map<String, Counts> objects = new HashMap<>();
            day.forEach((id, packed) -> objects.put(String.valueOf(id), unpack(String.valueOf(packed))));
            result.computeIfAbsent(asked.get(i)[0], k -> new LinkedHashMap<>())
                    .put(LocalDate.parse(asked.get(i)[1]), objects);
        }
        return result;
    }

    static String dayKey(String level, String accountId, LocalDate date) {
        return PREFIX + level + ":" + accountId + ":" + date;
    }

    private static String namesKey(String accountId) {
        return PREFIX + "names:" + accountId;
    }

    private static String parentsKey(String accountId) {
        return PREFIX + "parents:" + accountId;
    }

    private static String pack(AdInsightsDay.Row row) {
        return String.join(
                "|",
                row.spend(),
                Long.toString(row.impressions()),
                Long.toString(row.reach()),
                Long.toString(row.clicks()),
                Long.toString(row.linkClicks()),
                Long.toString(row.leads()),
                row.result() == null
                        ? ""
                        : row.result().type() + ":" + row.result().count());
    }

    private static Counts unpack(String packed) {
        String[] parts = packed.split("\\|");
        return new Counts(
                new BigDecimal(parts[0]),
                Long.parseLong(parts[1]),
                Long.parseLong(parts[2]),
                Long.parseLong(parts[3]),
                Long.parseLong(parts[4]),
                Long.parseLong(parts[5]),
                parts.length > 6 ? results(parts[6]) : Map.of());
    }

    private static Map<String, Long> results(String packed) {
        int colon = packed.lastIndexOf(':');
        return colon < 0 ? Map.of() : Map.of(packed.substring(0, colon), Long.parseLong(packed.substring(colon + 1)));
    }

    /** An ad account's currency and the attribution windows its leads were counted in. */
    public record AccountInfo(String currency, String attribution) {}

    /**
     * Counts that add up over days and objects; ratios are computed from their sums, never averaged.
     *
     * @param results results by result type ({@link ObjectiveResults}): one entry for objects of one objective, several
     *     when a sum mixes objectives, none at the account level or for an objective without a result
     */
    public record Counts(
            BigDecimal spend,
            long impressions,
            long reach,
            long clicks,
            long linkClicks,
            long leads,
            Map<String, Long> results) {

        public static final Counts ZERO = new Counts(BigDecimal.ZERO, 0, 0, 0, 0, 0, Map.of());

        public Counts plus(Counts other) {
            return new Counts(
                    spend.add(other.spend),
                    impressions + other.impressions,
                    reach + other.reach,
                    clicks + other.clicks,
                    linkClicks + other.linkClicks,
                    leads + other.leads,
                    sum(results, other.results));
        }

        private static Map<String, Long> sum(Map<String, Long> some, Map<String, Long> others) {
            if (others.isEmpty()) {
                return some;
            }
            if (some.isEmpty()) {
                return others;
            }
            Map<String, Long> sum = new HashMap<>(some);
            others.forEach((type, count) -> sum.merge(type, count, Long::sum));
            return sum;
        }
    }
}
