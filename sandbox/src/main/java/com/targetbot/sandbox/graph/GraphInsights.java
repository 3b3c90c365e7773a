package com.targetbot.sandbox.graph;

import com.targetbot.sandbox.graph.GraphAgency.Placed;
import com.targetbot.sandbox.graph.GraphCatalog.Node;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Insights as Graph computes them: every ad's day comes from a hash of (ad id, day, the day's revision), and every
 * higher level is the sum of its ads, so an account's spend is exactly its campaigns' and its ad sets'. Ratios
 * (ctr, cpc, cpm, frequency, cost per action) are computed from the summed counts. Numbers are strings, as Graph
 * sends them. Reach is summed like the counts here; Meta deduplicates people, so real reach is not additive.
 */
@Component
class GraphInsights {

    /** Meta's lead action types: {@code lead} is the total of on-Facebook (instant form) and website (pixel) leads. */
    static final String LEAD = "lead";

    static final String GROUPED_LEAD = "onsite_conversion.lead_grouped";
    static final String PIXEL_LEAD = "offsite_conversion.fb_pixel_lead";

    static final List<String> LEVELS = List.of("account", "campaign", "adset", "ad");

    private static final List<String> BELOW_LEVEL_FIELDS =
            List.of("campaign_id", "campaign_name", "objective", "adset_id", "adset_name", "ad_id", "ad_name");

    private static final List<String> DEFAULT_FIELDS = List.of("impressions", "spend");

    private final GraphAgency agency;
    private final Clock clock;
    private final Map<LocalDate, Integer> revisions = new ConcurrentHashMap<>();

    GraphInsights(GraphAgency agency) {
        this.agency = agency;
        this.clock = Clock.systemUTC();
    }

    /** Meta restated a day (late conversions, invalid clicks removed): every ad's numbers of that day change. */
    int restate(LocalDate day) {
        return revisions.merge(day, 1, Integer::sum);
    }

    /** The level of an object: the deepest id it has. */
    static String levelOf(Placed object) {
        if (object.adId() != null) {
            return "ad";
        }
        if (object.adSetId() != null) {
            return "adset";
        }
        return object.campaignId() != null ? "campaign" : "account";
    }

    /** The rows of one insights query on an object, sorted by day. */
    List<Map<String, Object>> rows(Placed object, InsightsQuery query) {
        String level = query.level();
        LocalDate since = query.since();
        LocalDate until = query.until();
        boolean daily = query.daily();
        String fields = query.fields();
        List<String> attributionWindows = query.attributionWindows();
        String grouping = level == null || level.isBlank() ? levelOf(object) : level;
        if (!LEVELS.contains(grouping) || LEVELS.indexOf(grouping) < LEVELS.indexOf(levelOf(object))) {
            throw GraphException.method(100, null, "(#100) level must be one of the following values: " + LEVELS);
        }
        if (since.isAfter(until)) {
            throw GraphException.method(100, null, "(#100) time_range: since must not be after until");
        }
        List<String> wanted = fields == null || fields.isBlank()
                ? DEFAULT_FIELDS
                : List.of(fields.replace(" ", "").split(","));
        Map<String, Counts> groups = new TreeMap<>();
        Map<String, Placed> representative = new LinkedHashMap<>();
        for (Placed ad : agency.adsUnder(object)) {
            LocalDate today = LocalDate.now(clock.withZone(ad.zone()));
            for (LocalDate day = since; !day.isAfter(until) && !day.isAfter(today); day = day.plusDays(1)) {
                Counts counts = day(ad, day);
                if (counts == null) {
                    continue;
                }
                String objectId = idAt(ad, grouping);
                String key = (daily ? day.toString() : "") + "|" + objectId;
                groups.merge(key, counts, Counts::plus);
                representative.putIfAbsent(objectId, ad);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        groups.forEach((key, counts) -> {
            String objectId = key.substring(key.indexOf('|') + 1);
            LocalDate start = daily ? LocalDate.parse(key.substring(0, key.indexOf('|'))) : since;
            LocalDate stop = daily ? start : until;
            Map<String, Object> all =
                    row(representative.get(objectId), grouping, start, stop, counts, attributionWindows);
            rows.add(select(all, wanted));
        });
        rows.sort(Comparator.comparing((Map<String, Object> row) -> (String) row.get("date_start")));
        return rows;
    }

    /** One ad's counts on one day; {@code null} when it did not deliver. */
    @Nullable Counts day(Placed ad, LocalDate day) {
        if (!ad.delivers() || day.isBefore(ad.deliveryStart())) {
            return null;
        }
        long h = hash(ad.adId() + "|" + day + "|" + revisions.getOrDefault(day, 0));
        long impressions = 300 + Math.floorMod(h, 2700);
        long reach = impressions * (55 + bits(h, 12, 35)) / 100;
        long clicks = impressions * (5 + bits(h, 20, 35)) / 1000;
        long linkClicks = clicks * (50 + bits(h, 28, 45)) / 100;
        long spendMinor = impressions * (25 + bits(h, 36, 70));
        long groupedLeads = linkClicks * bits(h, 44, 12) / 100;
        long pixelLeads = linkClicks * bits(h, 52, 6) / 100;
        long purchases = linkClicks * bits(h, 58, 4) / 100;
        long engagements = clicks + impressions * bits(h, 6, 20) / 1000;
        return new Counts(
                spendMinor, impressions, reach, clicks, linkClicks, groupedLeads, pixelLeads, purchases, engagements);
    }

    private Map<String, Object> row(
            Placed ad, String level, LocalDate start, LocalDate stop, Counts c, List<String> windows) {
        Node account = agency.account(ad.accountId());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("account_id", account.fields().get("account_id"));
        row.put("account_name", account.fields().get("name"));
        row.put("account_currency", account.fields().get("currency"));
        int depth = LEVELS.indexOf(level);
        if (depth >= 1) {
            row.put("campaign_id", ad.campaignId());
            row.put("campaign_name", name(ad.campaignId()));
            // Graph gives the campaign's objective on rows of a campaign or below.
            row.put("objective", field(ad.campaignId(), "objective"));
        }
        if (depth >= 2) {
            row.put("adset_id", ad.adSetId());
            row.put("adset_name", name(ad.adSetId()));
        }
        if (depth >= 3) {
            row.put("ad_id", ad.adId());
            row.put("ad_name", name(ad.adId()));
        }
        BigDecimal spend = BigDecimal.valueOf(c.spendMinor(), 2);
        row.put("spend", spend.toPlainString());
        row.put("impressions", Long.toString(c.impressions()));
        row.put("reach", Long.toString(c.reach()));
        row.put("frequency", ratio(BigDecimal.valueOf(c.impressions()), c.reach()));
        row.put("clicks", Long.toString(c.clicks()));
        row.put("inline_link_clicks", Long.toString(c.linkClicks()));
        row.put("ctr", ratio(BigDecimal.valueOf(c.clicks() * 100L), c.impressions()));
        row.put("cpc", ratio(spend, c.clicks()));
        row.put("cpm", ratio(spend.multiply(BigDecimal.valueOf(1000)), c.impressions()));
        Map<String, Long> actions = new LinkedHashMap<>();
        actions.put("link_click", c.linkClicks());
        actions.put(LEAD, c.groupedLeads() + c.pixelLeads());
        actions.put(GROUPED_LEAD, c.groupedLeads());
        actions.put(PIXEL_LEAD, c.pixelLeads());
        actions.put("purchase", c.purchases());
        actions.put("post_engagement", c.engagements());
        List<Map<String, String>> actionList = new ArrayList<>();
        List<Map<String, String>> costs = new ArrayList<>();
        actions.forEach((type, value) -> {
            if (value > 0) {
                actionList.add(action(type, Long.toString(value), value, windows));
                costs.add(Map.of("action_type", type, "value", ratio(spend, value)));
            }
        });
        row.put("actions", actionList);
        row.put("cost_per_action_type", costs);
        row.put("date_start", start.toString());
        row.put("date_stop", stop.toString());
        return row;
    }

    private static Map<String, String> action(String type, String value, long count, List<String> windows) {
        Map<String, String> action = new LinkedHashMap<>();
        action.put("action_type", type);
        action.put("value", value);
        // A view-through window credits a fifth of the actions, click windows the rest: enough to tell them apart.
        for (String window : windows) {
            action.put(window, Long.toString(window.endsWith("_view") ? count / 5 : count - count / 5));
        }
        return action;
    }

    private String name(@Nullable String id) {
        return id == null ? "" : field(id, "name");
    }

    private String field(String id, String field) {
        return (String) agency.find(id).orElseThrow().node().fields().get(field);
    }

    private static Map<String, Object> select(Map<String, Object> all, List<String> wanted) {
        Map<String, Object> selected = new LinkedHashMap<>();
        for (String field : wanted) {
            if (BELOW_LEVEL_FIELDS.contains(field) && !all.containsKey(field)) {
                continue; // Graph leaves out the ids of levels below the one asked for.
            }
            if (!all.containsKey(field)) {
                throw GraphException.method(100, null, "(#100) %s is not valid for fields param".formatted(field));
            }
            selected.put(field, all.get(field));
        }
        selected.put("date_start", all.get("date_start"));
        selected.put("date_stop", all.get("date_stop"));
        return selected;
    }

    private static String idAt(Placed ad, String level) {
        return switch (level) {
            case "account" -> ad.accountId();
            case "campaign" -> ad.campaignId();
            case "adset" -> ad.adSetId();
            default -> ad.adId();
        };
    }

    private static String ratio(BigDecimal numerator, long denominator) {
        if (denominator == 0) {
            return "0";
        }
        return numerator
                .divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static long bits(long hash, int shift, int modulo) {
        return Math.floorMod(hash >>> shift, modulo);
    }

    private static long hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** An ad's (or a sum of ads') counts; money in minor units. */
    record Counts(
            long spendMinor,
            long impressions,
            long reach,
            long clicks,
            long linkClicks,
            long groupedLeads,
            long pixelLeads,
            long purchases,
            long engagements) {

        Counts plus(Counts other) {
            return new Counts(
                    spendMinor + other.spendMinor,
                    impressions + other.impressions,
                    reach + other.reach,
                    clicks + other.clicks,
                    linkClicks + other.linkClicks,
                    groupedLeads + other.groupedLeads,
                    pixelLeads + other.pixelLeads,
                    purchases + other.purchases,
                    engagements + other.engagements);
        }
    }
}
