package com.targetbot.bench;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fewest Graph calls a first sync of an agency can make, given Graph's paging limits: a structure edge serves at
 * most {@value #EDGE_LIMIT} objects a page and an insights page at most {@value #INSIGHTS_LIMIT} rows, and even an
 * empty edge takes one call to learn that it is empty. Each of the four levels is its own insights read, because Meta
 * deduplicates reach per level: ad rows do not add up to campaign reach. A range longer than meta-service's
 * synchronous limit is read as an async report run, which costs its start and at least one status read besides its
 * pages.
 */
final class GraphCallFloor {

    static final int EDGE_LIMIT = 100;
    static final int INSIGHTS_LIMIT = 500;
    static final List<String> LEVELS = List.of("account", "campaign", "adset", "ad");

    /** The kinds of calls a sync makes, in the report's order. */
    static final List<String> KINDS =
            List.of("ad accounts", "structure pages", "report runs (start + status)", "insights pages");

    private GraphCallFloor() {}

    /**
     * @param accounts every account with its objects and the insights rows the data has, by level
     * @param reportRuns whether the range is long enough for meta-service to read it through async report runs
     * @return the minimum by kind ({@link #KINDS})
     */
    static Map<String, Long> minimum(List<AccountData> accounts, boolean reportRuns) {
        long structure = 0;
        long runs = 0;
        long insights = 0;
        for (AccountData account : accounts) {
            structure += pages(account.campaigns(), EDGE_LIMIT)
                    + pages(account.adSets(), EDGE_LIMIT)
                    + pages(account.ads(), EDGE_LIMIT);
            for (String level : LEVELS) {
                runs += reportRuns ? 2 : 0;
                insights += pages(account.rowsByLevel().getOrDefault(level, 0L), INSIGHTS_LIMIT);
            }
        }
        return Map.of(
                KINDS.get(0), pages(accounts.size(), EDGE_LIMIT),
                KINDS.get(1), structure,
                KINDS.get(2), runs,
                KINDS.get(3), insights);
    }

    /** Pages needed for {@code items}: at least one, since an empty edge still answers a call. */
    static long pages(long items, int limit) {
        return Math.max(1, Math.ceilDiv(items, limit));
    }

    /**
     * The kind of a call the sandbox served, by its path shape ({@code GET /v/act/insights}), or {@code null} for a
     * call that is no part of a sync (token checks, Lead Ads).
     */
    static @Nullable String kindOf(String shape) {
        return switch (shape) {
            case "GET /v/me/adaccounts" -> KINDS.get(0);
            case "GET /v/act/campaigns", "GET /v/act/adsets", "GET /v/act/ads" -> KINDS.get(1);
            case "POST /v/act/insights", "GET /v/id" -> KINDS.get(2);
            case "GET /v/act/insights", "GET /v/id/insights" -> KINDS.get(3);
            default -> null;
        };
    }

    /**
     * One ad account as the benchmark found it after the sync.
     *
     * @param rowsByLevel insights rows stored per level: one per object and day with delivery
     */
    record AccountData(String id, long campaigns, long adSets, long ads, Map<String, Long> rowsByLevel) {}
}
