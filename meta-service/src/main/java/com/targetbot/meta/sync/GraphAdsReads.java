package com.targetbot.meta.sync;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.targetbot.meta.graph.GraphAccessToken;
import com.targetbot.meta.graph.GraphApiClient;
import com.targetbot.meta.graph.GraphPage;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * The structure reads of a sync: the ad accounts a connection sees and, per account, its campaigns, ad sets and ads
 * through Graph's account-level edges (one paged read each, rather than one per campaign).
 */
@Component
class GraphAdsReads {

    static final String ACCOUNT_FIELDS =
            "id,name,currency,timezone_name,account_status,disable_reason,balance,spend_cap,amount_spent,funding_source_details";
    static final String CAMPAIGN_FIELDS =
            "id,name,status,effective_status,objective,daily_budget,lifetime_budget,start_time,stop_time";
    static final String AD_SET_FIELDS =
            "id,name,campaign_id,status,effective_status,daily_budget,lifetime_budget,start_time,end_time";
    static final String AD_FIELDS = "id,name,campaign_id,adset_id,status,effective_status,ad_review_feedback";

    private static final ParameterizedTypeReference<GraphPage<Account>> ACCOUNTS =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<GraphPage<Campaign>> CAMPAIGNS =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<GraphPage<AdSet>> AD_SETS = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<GraphPage<Ad>> ADS = new ParameterizedTypeReference<>() {};

    private final GraphApiClient graph;

    GraphAdsReads(GraphApiClient graph) {
        this.graph = graph;
    }

    List<Account> accounts(GraphAccessToken token) {
        return graph.readAll(token, "me", "adaccounts", ACCOUNT_FIELDS, Map.of(), ACCOUNTS);
    }

    List<Campaign> campaigns(GraphAccessToken token, String accountId) {
        return graph.readAll(token, accountId, "campaigns", CAMPAIGN_FIELDS, Map.of(), CAMPAIGNS);
    }

    List<AdSet> adSets(GraphAccessToken token, String accountId) {
        return graph.readAll(token, accountId, "adsets", AD_SET_FIELDS, Map.of(), AD_SETS);
    }

    List<Ad> ads(GraphAccessToken token, String accountId) {
        return graph.readAll(token, accountId, "ads", AD_FIELDS, Map.of(), ADS);
    }

    /** Money fields are strings in the currency's minor units, as Graph sends them. */
    record Account(
            String id,
            String name,
            String currency,
            @JsonProperty("timezone_name") String timezoneName,
            @JsonProperty("account_status") int accountStatus,
            @JsonProperty("disable_reason") int disableReason,
            @Nullable String balance,
            @JsonProperty("spend_cap") @Nullable String spendCap,
            @JsonProperty("amount_spent") @Nullable String amountSpent,

            @JsonProperty("funding_source_details") @Nullable FundingSource fundingSource) {}

    /** @param display how Meta shows the payment method, e.g. {@code Visa *4242} */
    record FundingSource(
            @JsonProperty("display_string") @Nullable String display) {}

    record Campaign(
            String id,
            String name,
            String status,
            @JsonProperty("effective_status") String effectiveStatus,
            @Nullable String objective,
            @JsonProperty("daily_budget") @Nullable Long dailyBudget,
            @JsonProperty("lifetime_budget") @Nullable Long lifetimeBudget,
            @JsonProperty("start_time") @Nullable String startTime,
            @JsonProperty("stop_time") @Nullable String stopTime) {}

    record AdSet(
            String id,
            String name,
            @JsonProperty("campaign_id") String campaignId,
            String status,
            @JsonProperty("effective_status") String effectiveStatus,
            @JsonProperty("daily_budget") @Nullable Long dailyBudget,
            @JsonProperty("lifetime_budget") @Nullable Long lifetimeBudget,
            @JsonProperty("start_time") @Nullable String startTime,
            @JsonProperty("end_time") @Nullable String endTime) {}

    /** @param reviewFeedback {@code ad_review_feedback}: {@code {"global": {"<policy>": "<explanation>"}}} */
    record Ad(
            String id,
            String name,
            @JsonProperty("campaign_id") String campaignId,
            @JsonProperty("adset_id") String adSetId,
            String status,
            @JsonProperty("effective_status") String effectiveStatus,
            @JsonProperty("ad_review_feedback") @Nullable Map<String, Map<String, String>> reviewFeedback) {}
}
