package com.targetbot.events.meta;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One ad account's statistics of one day at one level: a row per object that delivered (the account itself, or
 * its campaigns, ad sets or ads). Counts only, never ratios, so readers sum them over any period and compute ctr,
 * cpc, cpm and cost per lead from the sums.
 *
 * @param accountId {@code act_<number>}
 * @param level {@code account}, {@code campaign}, {@code adset} or {@code ad}
 * @param date the day in the ad account's own time zone
 * @param currency the ad account's currency (ISO 4217), which {@code spend} is in
 * @param attribution the attribution windows the actions were counted with, e.g. {@code 7d_click,1d_view}
 * @param rows one per object of the level with delivery that day; empty when nothing delivered
 * @param syncedAt when meta-service read the day from Meta
 */
public record AdInsightsDay(
        String accountId,
        String level,
        LocalDate date,
        String currency,
        String attribution,
        List<Row> rows,
        Instant syncedAt)
        implements MetaInsightsEvent {

    public static final Set<String> LEVELS = Set.of("account", "campaign", "adset", "ad");

    public AdInsightsDay {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(syncedAt, "syncedAt");
        if (!LEVELS.contains(level)) {
            throw new IllegalArgumentException("level must be one of " + LEVELS + ", was " + level);
        }
        rows = List.copyOf(rows);
    }

    /** One record per account, level and day: a later read of the same day replaces it on the compacted topic. */
    @Override
    public String key() {
        return accountId + ":" + level + ":" + date;
    }

    /**
     * One object's counts of the day.
     *
     * @param objectId the ad account, campaign, ad set or ad id
     * @param name its name when read
     * @param spend amount spent, a decimal in the account's currency as Meta gives it (e.g. {@code "1234.56"})
     * @param linkClicks clicks on links to the advertiser's destination ({@code inline_link_clicks})
     * @param leads Meta's {@code lead} action: on-Facebook (instant form) and website (pixel) leads together
     * @param result the results of the campaign's objective, as Ads Manager counts them; absent at the account level,
     *     for an objective without a result, and in records written before results were counted
     */
    public record Row(
            String objectId,
            String name,
            String spend,
            long impressions,
            long reach,
            long clicks,
            long linkClicks,
            long leads,
            @Nullable Result result) {

        public Row {
            Objects.requireNonNull(objectId, "objectId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(spend, "spend");
        }
    }

    /**
     * @param type the action type counted (e.g. {@code lead}, {@code link_click}, {@code purchase}), or {@code reach}
     * @param count how many
     */
    public record Result(String type, long count) {

        public Result {
            Objects.requireNonNull(type, "type");
        }
    }
}
