package com.targetbot.events.leads;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Store a new lead. The id is chosen at the gateway, so the client can follow it before the lead exists.
 *
 * @param leadId time-ordered id (UUID version 7)
 * @param name contact name
 * @param phone phone number in E.164, when given
 * @param email e-mail address, when given
 * @param comment free text from the form or the manager
 * @param source where the lead came from
 * @param requestedAt when the gateway accepted the request
 * @param requestedBy who asked: {@code api-key:<prefix>}, {@code admin:<login>} or {@code telegram:<user id>}
 * @param utmSource {@code utm_source} of the page the lead came from, when known
 * @param utmMedium {@code utm_medium}, when known
 * @param utmCampaign {@code utm_campaign}, when known
 * @param utmContent {@code utm_content}, when known
 * @param utmTerm {@code utm_term}, when known
 * @param metaCampaignId Meta campaign the lead came from, when known
 * @param metaAdId Meta ad, when known
 * @param metaFormId Meta lead form, when known
 */
public record CreateLead(
        String leadId,
        String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String comment,
        LeadSource source,
        Instant requestedAt,
        String requestedBy,
        @Nullable String utmSource,
        @Nullable String utmMedium,
        @Nullable String utmCampaign,
        @Nullable String utmContent,
        @Nullable String utmTerm,
        @Nullable String metaCampaignId,
        @Nullable String metaAdId,
        @Nullable String metaFormId)
        implements LeadCommand {

    public CreateLead {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(requestedBy, "requestedBy");
    }

    /** A lead without attribution: the form before attribution fields existed. */
    public CreateLead(
            String leadId,
            String name,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String comment,
            LeadSource source,
            Instant requestedAt,
            String requestedBy) {
        this(
                leadId,
                name,
                phone,
                email,
                comment,
                source,
                requestedAt,
                requestedBy,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
