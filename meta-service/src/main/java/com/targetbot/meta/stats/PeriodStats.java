package com.targetbot.meta.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.targetbot.events.meta.AdInsightsDay;
import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import com.targetbot.meta.insights.InsightsProperties;
import com.targetbot.meta.insights.InsightsStore;
import com.targetbot.meta.insights.InsightsStore.Counts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A period's statistics at one level, summed from the daily counts in {@link InsightsStore}: one row per object,
 * totals per currency, ratios (ctr, cpc, cpm, cost per lead, frequency) computed from the sums, never averaged.
 * Dates are the ad accounts' own days.
 */
@Service
public class PeriodStats {

    private final InsightsStore store;
    private final InsightsProperties properties;

    PeriodStats(InsightsStore store, InsightsProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    Period period(Query query) {
        Read read = read(query, query.accountId() == null ? null : List.of(query.accountId()));
        return period(query, read, read::wanted);
    }

    /**
     * A project's campaigns over a period: every campaign of {@code accountIds}, and the campaigns of
     * {@code campaignIds} wherever they run (a client's campaigns in an account it shares).
     */
    public Period campaigns(LocalDate from, LocalDate to, Set<String> accountIds, Set<String> campaignIds) {
        Query query = new Query(from, to, "campaign", null, null);
        Read read = read(query, campaignIds.isEmpty() ? accountIds : null);
        return period(query, read, (account, id) -> accountIds.contains(account) || campaignIds.contains(id));
    }

    private Period period(Query query, Read read, BiPredicate<String, String> wanted) {
        Map<String, Counts> byObject = new LinkedHashMap<>();
        read.counts()
                .forEach((account, days) -> days.values()
                        .forEach(objects -> objects.forEach((id, counts) -> {
                            if (wanted.test(account, id)) {
                                byObject.merge(account + "\n" + id, counts, Counts::plus);
                            }
                        })));
        List<Row> rows = rows(byObject, read);
        return new Period(query.from(), query.to(), query.level(), read.attribution(), rows, totals(rows));
    }

    Daily daily(Query query) {
        Read read = read(query, query.accountId() == null ? null : List.of(query.accountId()));
        Map<LocalDate, Map<String, Counts>> byDay = new TreeMap<>();
        read.counts()
                .forEach((account, days) -> days.forEach((date, objects) -> objects.forEach((id, counts) -> {
                    if (read.wanted(account, id)) {
                        byDay.computeIfAbsent(date, d -> new LinkedHashMap<>())
                                .merge(account + "\n" + id, counts, Counts::plus);
                    }
                })));
        List<Day> days = new ArrayList<>();
        byDay.forEach((date, objects) -> {
            List<Row> rows = rows(objects, read);
            days.add(new Day(date, rows, totals(rows)));
        });
        return new Daily(query.from(), query.to(), query.level(), read.attribution(), days);
    }

    /** Checks the parameters, naming each wrong one; the first is the range, since the rest depends on it. */
    public Query validate(
            @Nullable String from,
            @Nullable String to,
            @Nullable String level,
            @Nullable String accountId,
            @Nullable String campaignId) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        String wantedLevel = level == null || level.isBlank() ? "account" : level;
        if (!AdInsightsDay.LEVELS.contains(wantedLevel)) {
            errors.add(new FieldError(
                    "level", FieldErrorCode.NOT_ALLOWED, "level must be one of account, campaign, adset, ad"));
        }
        if (start != null && end != null) {
            if (start.isAfter(end)) {
                errors.add(new FieldError("from", FieldErrorCode.OUT_OF_RANGE, "from must not be after to"));
            } else if (ChronoUnit.DAYS.between(start, end) + 1 > properties.maxQueryDays()) {
                errors.add(new FieldError(
                        "to",
                        FieldErrorCode.OUT_OF_RANGE,
                        "the period may be at most " + properties.maxQueryDays() + " days long"));
            }
        }
        InvalidRequestException.throwIfAny(errors);
        return new Query(start, end, wantedLevel, blankToNull(accountId), blankToNull(campaignId));
    }

    /** Reads {@code wantedAccounts} (every account when null), those the store knows. */
    private Read read(Query query, @Nullable Collection<String> wantedAccounts) {
        Map<String, InsightsStore.AccountInfo> accounts = store.accounts();
        List<String> accountIds = new TreeSet<>(wantedAccounts == null ? accounts.keySet() : wantedAccounts)
                .stream().filter(accounts::containsKey).toList();
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        Map<String, Map<String, String>> parents = new LinkedHashMap<>();
        for (String accountId : accountIds) {
            names.put(accountId, store.names(accountId));
            if (query.campaignId() != null
                    && (query.level().equals("adset") || query.level().equals("ad"))) {
                parents.put(accountId, store.parents(accountId));
            }
        }
        TreeSet<String> attributions = new TreeSet<>();
        accountIds.forEach(id -> attributions.add(accounts.get(id).attribution()));
        return new Read(
                store.read(query.level(), accountIds, query.from(), query.to()),
                accounts,
                names,
                parents,
                query,
                String.join(" / ", attributions));
    }

    private static List<Row> rows(Map<String, Counts> byObject, Read read) {
        List<Row> rows = new ArrayList<>();
        byObject.forEach((accountAndId, counts) -> {
            String account = accountAndId.substring(0, accountAndId.indexOf('\n'));
            String id = accountAndId.substring(accountAndId.indexOf('\n') + 1);
            String name = read.names().getOrDefault(account, Map.of()).getOrDefault(id, "");
            rows.add(Row.of(id, name, account, read.accounts().get(account).currency(), counts));
        });
        rows.sort(Comparator.comparing(Row::spend).reversed().thenComparing(Row::id));
        return rows;
    }

    /** One total per currency: sums across currencies would mean nothing. */
    private static List<Row> totals(List<Row> rows) {
        Map<String, Counts> byCurrency = new TreeMap<>();
        for (Row row : rows) {
            byCurrency.merge(row.currency(), row.counts(), Counts::plus);
        }
        List<Row> totals = new ArrayList<>();
        byCurrency.forEach((currency, counts) -> totals.add(Row.of("total", "Total", null, currency, counts)));
        return totals;
    }

    private static @Nullable LocalDate date(String name, @Nullable String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(name, FieldErrorCode.REQUIRED, name + " is required (YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, FieldErrorCode.INVALID_FORMAT, name + " must be a date, YYYY-MM-DD"));
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public record Query(
            LocalDate from,
            LocalDate to,
            String level,
            @Nullable String accountId,
            @Nullable String campaignId) {}

    private record Read(
            Map<String, Map<LocalDate, Map<String, Counts>>> counts,
            Map<String, InsightsStore.AccountInfo> accounts,
            Map<String, Map<String, String>> names,
            Map<String, Map<String, String>> parents,
            Query query,
            String attribution) {

        boolean wanted(String account, String objectId) {
            String campaignId = query.campaignId();
            if (campaignId == null || query.level().equals("account")) {
                return true;
            }
            if (query.level().equals("campaign")) {
                return campaignId.equals(objectId);
            }
            return campaignId.equals(parents.getOrDefault(account, Map.of()).get(objectId));
        }
    }

    /**
     * @param attribution the attribution windows the leads were counted in
     * @param totals one row per currency
     */
    public record Period(
            LocalDate from, LocalDate to, String level, String attribution, List<Row> rows, List<Row> totals) {}

    record Daily(LocalDate from, LocalDate to, String level, String attribution, List<Day> days) {}

    record Day(LocalDate date, List<Row> rows, List<Row> totals) {}

    /**
     * One object's (or a currency's total) statistics. Ratios are {@code null} when their denominator is zero.
     *
     * @param frequency impressions per person reached; reach is summed over days, so over a period it counts a
     *     person once per day (Meta's own period reach deduplicates and is lower)
     * @param ctr clicks per 100 impressions
     * @param cpm cost per 1000 impressions
     * @param cpl cost per lead
     * @param resultType what the objects' objective counts as a result ({@code lead}, {@code link_click},
     *     {@code purchase}, {@code reach}, …); {@code null} at the account level, for objectives without a result, and
     *     when the row sums objects of different objectives (as Ads Manager shows no results for such a mix)
     * @param results how many; {@code null} with {@code resultType}
     * @param costPerResult spend ÷ results
     * @param counts the sums the row was made of, for totals over rows
     */
    public record Row(
            String id,
            String name,
            @Nullable String accountId,
            String currency,
            BigDecimal spend,
            long impressions,
            long reach,
            @Nullable BigDecimal frequency,
            long clicks,
            long linkClicks,
            @Nullable BigDecimal ctr,
            @Nullable BigDecimal cpc,
            @Nullable BigDecimal cpm,
            long leads,
            @Nullable BigDecimal cpl,
            @Nullable String resultType,
            @Nullable Long results,
            @Nullable BigDecimal costPerResult,
            @JsonIgnore Counts counts) {

        static Row of(String id, String name, @Nullable String accountId, String currency, Counts c) {
            @Nullable Entry<String, Long> result =
                    c.results().size() == 1 ? c.results().entrySet().iterator().next() : null;
            return new Row(
                    id,
                    name,
                    accountId,
                    currency,
                    c.spend(),
                    c.impressions(),
                    c.reach(),
                    ratio(BigDecimal.valueOf(c.impressions()), c.reach(), 4),
                    c.clicks(),
                    c.linkClicks(),
                    ratio(BigDecimal.valueOf(c.clicks() * 100L), c.impressions(), 4),
                    ratio(c.spend(), c.clicks(), 2),
                    ratio(c.spend().multiply(BigDecimal.valueOf(1000)), c.impressions(), 2),
                    c.leads(),
                    ratio(c.spend(), c.leads(), 2),
                    result == null ? null : result.getKey(),
                    result == null ? null : result.getValue(),
                    result == null ? null : ratio(c.spend(), result.getValue(), 2),
                    c);
        }

        private static @Nullable BigDecimal ratio(BigDecimal numerator, long denominator, int scale) {
            return denominator == 0
                    ? null
                    : numerator.divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
        }
    }
}
