package com.targetbot.leads.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.targetbot.events.leads.Attribution;
import com.targetbot.events.leads.Contact;
import com.targetbot.events.leads.CreateLead;
import com.targetbot.events.leads.LeadCreated;
import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.LeadStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored lead. Its JSON form is the lead of the HTTP contract, which stays flat ({@code name},
 * {@code phone}, {@code utmSource}, {@code metaAdId}...) for API users; inside, contact and attribution are
 * the contract's value records, so a lead moves between command, store and event without a field list.
 *
 * @param id the id chosen at the gateway
 * @param contact name, phone (E.164) and e-mail
 * @param comment free text
 * @param source where the lead came from
 * @param status where the lead stands
 * @param createdAt when leads-service stored it
 * @param createdBy who asked for it: {@code api-key:<prefix>}, {@code admin:<login>} or {@code telegram:<user id>}
 * @param assignee who works the lead, once someone does
 * @param updatedAt when the lead last changed after its creation
 * @param duplicateOf the earlier lead with the same phone or e-mail inside the duplicate window, when any
 * @param projectId the project (client) the lead belongs to, decided when it was stored; null when none claims it
 * @param attribution what brought the lead in
 * @param history status changes, oldest first
 * @param number the short number people say on the phone ({@code №1042}), given in order when the lead is
 *     stored; null for leads stored before numbers existed
 */
// The HTTP contract's field order, which API users and the OpenAPI document see.
@JsonPropertyOrder({
    "id",
    "number",
    "contact",
    "comment",
    "source",
    "status",
    "createdAt",
    "createdBy",
    "assignee",
    "updatedAt",
    "duplicateOf",
    "projectId",
    "utmSource",
    "utmMedium",
    "utmCampaign",
    "utmContent",
    "utmTerm",
    "metaCampaignId",
    "metaAdId",
    "metaFormId",
    "metaAdsetId",
    "metaCampaignName",
    "metaAdName",
    "history"
})
public record Lead(
        String id,
        @JsonUnwrapped Contact contact,
        @Nullable String comment,
        LeadSource source,
        LeadStatus status,
        Instant createdAt,
        String createdBy,
        @Nullable String assignee,
        @Nullable Instant updatedAt,
        @Nullable String duplicateOf,
        @Nullable String projectId,
        @JsonIgnore Attribution attribution,
        List<StatusChange> history,
        @Nullable Long number) {

    public Lead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(attribution, "attribution");
        history = List.copyOf(history);
    }

    /**
     * The lead a command asks for, as stored at {@code storedAt}: new, unassigned, not yet a duplicate nor
     * numbered.
     */
    public static Lead accepted(CreateLead command, Instant storedAt) {
        return new Lead(
                command.leadId(),
                command.contact(),
                command.comment(),
                command.source(),
                LeadStatus.NEW,
                storedAt,
                command.requestedBy(),
                null,
                null,
                null,
                null,
                command.attribution(),
                List.of(),
                null);
    }

    /** The lead an announced event describes, as the rebuild replays it. */
    public static Lead of(LeadCreated event) {
        return new Lead(
                event.leadId(),
                event.contact(),
                event.comment(),
                event.source(),
                event.status(),
                event.createdAt(),
                event.createdBy(),
                null,
                null,
                event.duplicateOf(),
                event.projectId(),
                event.attribution(),
                List.of(),
                event.number());
    }

    /** The announcement of this lead. */
    public LeadCreated created() {
        return new LeadCreated(
                id,
                contact,
                comment,
                source,
                attribution,
                status,
                createdAt,
                createdBy,
                duplicateOf,
                number,
                projectId);
    }

    /** This lead as the insert stored it: a copy of {@code original} (or not, when null), with its number. */
    public Lead stored(@Nullable String original, @Nullable Long storedNumber) {
        return copy(original, projectId, storedNumber);
    }

    /** This lead as belonging to {@code project} (or to none, when null). */
    public Lead inProject(@Nullable String project) {
        return copy(duplicateOf, project, number);
    }

    private Lead copy(@Nullable String original, @Nullable String project, @Nullable Long storedNumber) {
        return new Lead(
                id,
                contact,
                comment,
                source,
                status,
                createdAt,
                createdBy,
                assignee,
                updatedAt,
                original,
                project,
                attribution,
                history,
                storedNumber);
    }

    @JsonIgnore
    public String name() {
        return contact.name();
    }

    @JsonIgnore
    public @Nullable String phone() {
        return contact.phone();
    }

    @JsonIgnore
    public @Nullable String email() {
        return contact.email();
    }

    // The HTTP contract predates the grouping and names the attribution flat; these keep it so.

    @JsonProperty("utmSource")
    @Nullable String utmSource() {
        return attribution.utm().source();
    }

    @JsonProperty("utmMedium")
    @Nullable String utmMedium() {
        return attribution.utm().medium();
    }

    @JsonProperty("utmCampaign")
    @Nullable String utmCampaign() {
        return attribution.utm().campaign();
    }

    @JsonProperty("utmContent")
    @Nullable String utmContent() {
        return attribution.utm().content();
    }

    @JsonProperty("utmTerm")
    @Nullable String utmTerm() {
        return attribution.utm().term();
    }

    @JsonProperty("metaCampaignId")
    @Nullable String metaCampaignId() {
        return attribution.meta().campaignId();
    }

    @JsonProperty("metaAdId")
    @Nullable String metaAdId() {
        return attribution.meta().adId();
    }

    @JsonProperty("metaFormId")
    @Nullable String metaFormId() {
        return attribution.meta().formId();
    }

    @JsonProperty("metaAdsetId")
    @Nullable String metaAdsetId() {
        return attribution.meta().adsetId();
    }

    @JsonProperty("metaCampaignName")
    @Nullable String metaCampaignName() {
        return attribution.meta().campaignName();
    }

    @JsonProperty("metaAdName")
    @Nullable String metaAdName() {
        return attribution.meta().adName();
    }
}
