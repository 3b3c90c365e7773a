package com.targetbot.meta.graph;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;

/** Ad accounts and campaigns read through the client's paging, as the sync's own reads do, for the client's tests. */
final class AccountReads {

    static final String ACCOUNT_FIELDS = "id,name,currency,account_status";
    static final String CAMPAIGN_FIELDS = "id,name,status,objective,daily_budget";

    private AccountReads() {}

    record Account(
            String id,
            String name,
            String currency,
            @JsonProperty("account_status") int accountStatus) {}

    /** @param dailyBudget in minor units; Graph sends a decimal string */
    record Campaign(
            String id,
            String name,
            String status,
            @Nullable String objective,
            @JsonProperty("daily_budget") @Nullable Long dailyBudget) {}

    static List<Account> adAccounts(GraphApiClient graph, GraphAccessToken token) {
        return graph.readAll(
                token,
                "me",
                "adaccounts",
                ACCOUNT_FIELDS,
                Map.of(),
                new ParameterizedTypeReference<GraphPage<Account>>() {});
    }

    static List<Campaign> campaigns(GraphApiClient graph, GraphAccessToken token, String accountId) {
        return graph.readAll(
                token,
                accountId,
                "campaigns",
                CAMPAIGN_FIELDS,
                Map.of(),
                new ParameterizedTypeReference<GraphPage<Campaign>>() {});
    }
}
