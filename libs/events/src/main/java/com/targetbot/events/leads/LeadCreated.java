package com.targetbot.events.leads;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A lead was stored.
 *
 * @param leadId the id chosen at the gateway
 * @param name contact name
 * @param phone phone number in E.164, when given
 * @param email e-mail address, when given
 * @param comment free text
 * @param source where the lead came from
 * @param status status at creation
 * @param createdAt when leads-service stored it
 * @param createdBy who asked for it, as in {@link CreateLead#requestedBy()}
 * @param utmSource as in {@link CreateLead}
 * @param utmMedium as in {@link CreateLead}
 * @param utmCampaign as in {@link CreateLead}
 * @param utmContent as in {@link CreateLead}
 * @param utmTerm as in {@link CreateLead}
 * @param metaCampaignId as in {@link CreateLead}
 * @param metaAdId as in {@link CreateLead}
 * @param metaFormId as in {@link CreateLead}
 * @param duplicateOf the earlier lead with the same phone or e-mail inside the duplicate window, when any
 */
public record LeadCreated(
        String leadId,
        String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String comment,
        LeadSource source,
        LeadStatus status,
        Instant createdAt,
        String createdBy,
        @Nullable String utmSource,
        @Nullable String utmMedium,
        @Nullable String utmCampaign,
        @Nullable String utmContent,
        @Nullable String utmTerm,
        @Nullable String metaCampaignId,
        @Nullable String metaAdId,
        @Nullable String metaFormId,
        @Nullable String duplicateOf)
        implements LeadEvent {

    public LeadCreated {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
    }

    /** A lead without attribution and not a duplicate: the form before those fields existed. */
    public LeadCreated(
            String leadId,
            String name,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String comment,
            LeadSource source,
            LeadStatus status,
            Instant createdAt,
            String createdBy) {
        this(
                leadId, name, phone, email, comment, source, status, createdAt, createdBy, null, null, null, null, null,
                null, null, null, null);
    }
}
