package com.targetbot.events.meta;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An ad set changed its name, status, delivery, budget or schedule (new ad sets of a known account too; the first
 * sync of an account announces only the account).
 *
 * @param effectiveStatus Meta's {@code effective_status}, e.g. {@code CAMPAIGN_PAUSED} when its campaign is paused
 * @param dailyBudget in the currency's minor units; {@code null} when the campaign holds the budget
 * @param lifetimeBudget in minor units, for an ad set booked with a budget for its whole run; else {@code null}
 * @param startTime when it starts delivering
 * @param endTime when it stops, {@code null} when it runs until stopped
 */
public record AdSetChanged(
        String accountId,
        String adSetId,
        String campaignId,
        String name,
        String status,
        String effectiveStatus,
        @Nullable Long dailyBudget,
        @Nullable Long lifetimeBudget,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        Instant changedAt)
        implements MetaStructureEvent {

    public AdSetChanged {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(adSetId, "adSetId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(effectiveStatus, "effectiveStatus");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
