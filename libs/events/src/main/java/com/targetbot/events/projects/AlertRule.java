package com.targetbot.events.projects;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an alert watches; each rule is on for every project unless the project switches it off. */
public enum AlertRule {
    /** The project's cost per lead over a day is above its target plus tolerance. */
    @JsonProperty("cpl_above_target")
    CPL_ABOVE_TARGET,
    /** A day's spend is above the daily budget plus tolerance. */
    @JsonProperty("daily_budget_exceeded")
    DAILY_BUDGET_EXCEEDED,
    /** The month's spend is on course to pass the monthly budget. */
    @JsonProperty("monthly_budget_pace")
    MONTHLY_BUDGET_PACE,
    /** Campaigns that should deliver spent nothing in the project's daytime. */
    @JsonProperty("zero_spend")
    ZERO_SPEND,
    /** An ad account is disabled, unsettled or about to reach its spend cap. */
    @JsonProperty("account_problem")
    ACCOUNT_PROBLEM,
    /** Ads disapproved or in review for too long. */
    @JsonProperty("ad_disapproved")
    AD_DISAPPROVED,
    /** Spend or cost per lead far from its trailing 14-day level. */
    @JsonProperty("spend_anomaly")
    SPEND_ANOMALY,
    /** An ad's frequency is high and its CTR falling against its first days. */
    @JsonProperty("creative_fatigue")
    CREATIVE_FATIGUE,
    /** Leads waiting without an answer past the project's SLA. */
    @JsonProperty("leads_unanswered")
    LEADS_UNANSWERED
}
