package com.targetbot.sandbox.graph;

import com.targetbot.sandbox.graph.GraphCatalog.Node;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The ad sets and ads under the catalog's campaigns, generated deterministically: every campaign has the same
 * number of ad sets and every ad set the same number of ads; every seventh ad is disapproved with review feedback,
 * and a paused campaign pauses what is under it.
 */
@Component
class GraphAgency {

    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");
    private static final long FIRST_AD_SET = 120_230_000_000_000_000L;
    private static final long FIRST_AD = 120_240_000_000_000_000L;

    private final GraphCatalog catalog;
    private final Map<String, List<Node>> adSetsByAccount = new HashMap<>();
    private final Map<String, List<Node>> adsByAccount = new HashMap<>();
    private final Map<String, Placed> byId = new HashMap<>();

    GraphAgency(GraphCatalog catalog, GraphAgencyProperties properties) {
        this.catalog = catalog;
        long adSetSerial = 0;
        long adSerial = 0;
        for (Node account : catalog.adAccounts()) {
            List<Node> adSets = new ArrayList<>();
            List<Node> ads = new ArrayList<>();
            ZoneId zone = ZoneId.of((String) account.fields().get("timezone_name"));
            byId.put(account.id(), new Placed(account, account.id(), null, null, null, zone, LocalDate.MIN));
            for (Node campaign : catalog.campaigns(account.id())) {
                LocalDate start = OffsetDateTime.parse(
                                (String) campaign.fields().get("created_time"), GRAPH_TIME)
                        .atZoneSameInstant(zone)
                        .toLocalDate();
                boolean paused = "PAUSED".equals(campaign.fields().get("status"));
                byId.put(campaign.id(), new Placed(campaign, account.id(), campaign.id(), null, null, zone, start));
                for (int s = 1; s <= properties.adSetsPerCampaign(); s++) {
                    Node adSet = adSet(FIRST_AD_SET + ++adSetSerial, campaign, s, paused);
                    adSets.add(adSet);
                    byId.put(adSet.id(), new Placed(adSet, account.id(), campaign.id(), adSet.id(), null, zone, start));
                    for (int a = 1; a <= properties.adsPerAdSet(); a++) {
                        Node ad = ad(FIRST_AD + ++adSerial, adSet, campaign, a, paused);
                        ads.add(ad);
                        byId.put(
                                ad.id(), new Placed(ad, account.id(), campaign.id(), adSet.id(), ad.id(), zone, start));
                    }
                }
            }
            adSetsByAccount.put(account.id(), List.copyOf(adSets));
            adsByAccount.put(account.id(), List.copyOf(ads));
        }
    }

    List<Node> adSets(String adAccountId) {
        return adSetsByAccount.getOrDefault(adAccountId, List.of());
    }

    List<Node> ads(String adAccountId) {
        return adsByAccount.getOrDefault(adAccountId, List.of());
    }

    /** Any ad account, campaign, ad set or ad, with where it sits. */
    Optional<Placed> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ads under an object (itself, for an ad). */
    List<Placed> adsUnder(Placed object) {
        return ads(object.accountId()).stream()
                .map(ad -> byId.get(ad.id()))
                .filter(ad -> object.campaignId() == null || object.campaignId().equals(ad.campaignId()))
                .filter(ad -> object.adSetId() == null || object.adSetId().equals(ad.adSetId()))
                .filter(ad -> object.adId() == null || object.adId().equals(ad.adId()))
                .toList();
    }

    Node account(String adAccountId) {
        return catalog.adAccount(adAccountId).orElseThrow();
    }

    private static Node adSet(long id, Node campaign, int n, boolean paused) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", Long.toString(id));
        fields.put("account_id", campaign.fields().get("account_id"));
        fields.put("campaign_id", campaign.id());
        fields.put("name", "%s — группа %d".formatted(campaign.fields().get("name"), n));
        fields.put("status", "ACTIVE");
        fields.put("effective_status", paused ? "CAMPAIGN_PAUSED" : "ACTIVE");
        fields.put("daily_budget", Long.toString(20_000L + 1_000L * n));
        fields.put("lifetime_budget", null);
        fields.put("start_time", campaign.fields().get("created_time"));
        fields.put("end_time", campaign.fields().get("stop_time"));
        fields.put("created_time", campaign.fields().get("created_time"));
        fields.put("updated_time", campaign.fields().get("updated_time"));
        return new Node("AdSet", fields);
    }

    private static Node ad(long id, Node adSet, Node campaign, int n, boolean paused) {
        boolean disapproved = id % 7 == 0;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", Long.toString(id));
        fields.put("account_id", campaign.fields().get("account_id"));
        fields.put("campaign_id", campaign.id());
        fields.put("adset_id", adSet.id());
        fields.put("name", "Объявление %d · %s".formatted(n, adSet.fields().get("name")));
        fields.put("status", "ACTIVE");
        fields.put("effective_status", disapproved ? "DISAPPROVED" : paused ? "CAMPAIGN_PAUSED" : "ACTIVE");
        fields.put("created_time", campaign.fields().get("created_time"));
        fields.put("updated_time", campaign.fields().get("updated_time"));
        if (disapproved) {
            fields.put(
                    "ad_review_feedback",
                    Map.of("global", Map.of("Landing Page Functionality", "The landing page does not load.")));
            fields.put(
                    "issues_info",
                    List.of(Map.of(
                            "level", "AD",
                            "error_code", 1487023,
                            "error_summary", "Ad disapproved",
                            "error_message",
                                    "Your ad was not approved because it doesn't follow our Advertising Policies.",
                            "error_type", "HARD_ERROR")));
        } else {
            fields.put("ad_review_feedback", Map.of());
            fields.put("issues_info", List.of());
        }
        return new Node("Ad", fields);
    }

    /**
     * An object and the chain above it; the ids below its own level are {@code null}.
     *
     * @param deliveryStart the first day its ads deliver: the campaign's creation day in the account's zone
     */
    record Placed(
            Node node,
            String accountId,
            @org.jspecify.annotations.Nullable String campaignId,
            @org.jspecify.annotations.Nullable String adSetId,
            @org.jspecify.annotations.Nullable String adId,
            ZoneId zone,
            LocalDate deliveryStart) {

        boolean delivers() {
            return "ACTIVE".equals(node.fields().get("effective_status"));
        }
    }
}
