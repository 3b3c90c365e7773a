package com.targetbot.events.meta;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A campaign appeared, or its name, status, delivery, budget or schedule changed.
 *
 * @param effectiveStatus Meta's {@code effective_status}: whether it delivers, all things considered
 * @param dailyBudget in the currency's minor units; {@code null} when the budget is set on its ad sets
 * @param lifetimeBudget in minor units, for a campaign booked with a budget for its whole run; else {@code null}
 * @param startTime when it starts delivering; {@code null} in older records
 * @param stopTime when it stops, {@code null} when it runs until stopped
 */
public record CampaignChanged(
        String accountId,
        String campaignId,
        String name,
        String status,
        String effectiveStatus,
        @Nullable String objective,
        @Nullable Long dailyBudget,
        Instant changedAt,
        @Nullable Long lifetimeBudget,
        @Nullable Instant startTime,
        @Nullable Instant stopTime)
        implements MetaStructureEvent {

    public CampaignChanged {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(effectiveStatus, "effectiveStatus");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
