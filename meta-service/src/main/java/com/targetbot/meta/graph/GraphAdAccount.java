package com.targetbot.meta.graph;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An ad account as the Graph API describes it.
 *
 * @param id the account node id, {@code act_<number>}
 * @param name display name
 * @param currency ISO 4217 code of the account's budgets
 * @param accountStatus Meta's numeric status (1 active, 2 disabled, 3 unsettled, ...)
 */
public record GraphAdAccount(
        String id,
        String name,
        String currency,
        @JsonProperty("account_status") int accountStatus) {}
