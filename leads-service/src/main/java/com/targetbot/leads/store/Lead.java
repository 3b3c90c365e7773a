package com.targetbot.leads.store;

import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.LeadStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored lead; its JSON form is the lead of the HTTP contract.
 *
 * @param id the id chosen at the gateway
 * @param name contact name
 * @param phone phone number as the command gave it, when given
 * @param email e-mail address as the command gave it, when given
 * @param comment free text
 * @param source where the lead came from
 * @param status where the lead stands
 * @param createdAt when leads-service stored it
 * @param createdBy who asked for it: {@code api-key:<prefix>}, {@code admin:<login>} or {@code telegram:<user id>}
 * @param assignee who works the lead, once someone does
 * @param updatedAt when the lead last changed after its creation
 * @param duplicateOf the earlier lead with the same phone or e-mail inside the duplicate window, when any
 * @param utmSource {@code utm_source} of the page the lead came from, when known
 * @param utmMedium {@code utm_medium}, when known
 * @param utmCampaign {@code utm_campaign}, when known
 * @param utmContent {@code utm_content}, when known
 * @param utmTerm {@code utm_term}, when known
 * @param metaCampaignId Meta campaign, when known
 * @param metaAdId Meta ad, when known
 * @param metaFormId Meta lead form, when known
 * @param history status changes, oldest first
 */
public record Lead(
        String id,
        String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String comment,
        LeadSource source,
        LeadStatus status,
        Instant createdAt,
        String createdBy,
        @Nullable String assignee,
        @Nullable Instant updatedAt,
        @Nullable String duplicateOf,
        @Nullable String utmSource,
        @Nullable String utmMedium,
        @Nullable String utmCampaign,
        @Nullable String utmContent,
        @Nullable String utmTerm,
        @Nullable String metaCampaignId,
        @Nullable String metaAdId,
        @Nullable String metaFormId,
        List<StatusChange> history) {

    public Lead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        history = List.copyOf(history);
    }

    /** A new lead without assignee, attribution or history. */
    public Lead(
            String id,
            String name,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String comment,
            LeadSource source,
            LeadStatus status,
            Instant createdAt,
            String createdBy) {
        this(
                id, name, phone, email, comment, source, status, createdAt, createdBy, null, null, null, null, null,
                null, null, null, null, null, null, List.of());
    }

    /** This lead marked as a copy of {@code original} (or not, when null). */
    public Lead withDuplicateOf(@Nullable String original) {
        return new Lead(
                id,
                name,
                phone,
                email,
                comment,
                source,
                status,
                createdAt,
                createdBy,
                assignee,
                updatedAt,
                original,
                utmSource,
                utmMedium,
                utmCampaign,
                utmContent,
                utmTerm,
                metaCampaignId,
                metaAdId,
                metaFormId,
                history);
    }
}
