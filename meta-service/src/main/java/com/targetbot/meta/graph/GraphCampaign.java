package com.targetbot.meta.graph;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as the Graph API describes it.
 *
 * @param id campaign id
 * @param name display name
 * @param status configured status ({@code ACTIVE}, {@code PAUSED}, ...)
 * @param objective campaign objective, absent on some legacy campaigns
 * @param dailyBudget daily budget in minor units of the account currency (Graph sends a decimal string);
 *     absent when the budget is set on the ad sets or as a lifetime budget
 */
public record GraphCampaign(
        String id,
        String name,
        String status,
        @Nullable String objective,
        @JsonProperty("daily_budget") @Nullable Long dailyBudget) {}
