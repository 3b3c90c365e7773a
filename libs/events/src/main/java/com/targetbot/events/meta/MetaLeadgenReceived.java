package com.targetbot.events.meta;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta said a person submitted a Lead Ads form (a {@code leadgen} change of a page). The notice carries ids
 * only; the answers are read from the Graph API by meta-service. Meta retries deliveries for hours, so the
 * same lead may arrive more than once: consumers deduplicate by {@code leadgenId}.
 *
 * @param leadgenId the lead's Graph id ({@code leadgen_id})
 * @param pageId the page the form belongs to
 * @param formId the lead form, when given
 * @param adId the ad the form was opened from, when given ({@code ad_id}, else {@code adgroup_id})
 * @param createdTime when the person submitted the form, as Meta says
 * @param receivedAt when the gateway accepted the signed notification
 */
public record MetaLeadgenReceived(
        String leadgenId,
        String pageId,
        @Nullable String formId,
        @Nullable String adId,
        Instant createdTime,
        Instant receivedAt)
        implements MetaWebhookEvent {

    public MetaLeadgenReceived {
        Objects.requireNonNull(leadgenId, "leadgenId");
        Objects.requireNonNull(pageId, "pageId");
        Objects.requireNonNull(createdTime, "createdTime");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    @Override
    public String key() {
        return leadgenId;
    }
}
