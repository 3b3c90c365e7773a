package com.targetbot.events.meta;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An ad appeared, or its delivery changed; a disapproved ad carries Meta's review feedback so admins learn why.
 *
 * @param effectiveStatus Meta's {@code effective_status} ({@code ACTIVE}, {@code DISAPPROVED}, {@code
 *     CAMPAIGN_PAUSED}, ...)
 * @param reviewFeedback what Meta's review said ({@code ad_review_feedback}), {@code null} when nothing
 */
public record AdChanged(
        String accountId,
        String adId,
        String campaignId,
        String adSetId,
        String name,
        String effectiveStatus,
        @Nullable String reviewFeedback,
        Instant changedAt)
        implements MetaStructureEvent {

    public AdChanged {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(adId, "adId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(adSetId, "adSetId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(effectiveStatus, "effectiveStatus");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
