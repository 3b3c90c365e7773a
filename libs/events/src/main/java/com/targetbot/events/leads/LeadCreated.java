package com.targetbot.events.leads;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A lead was stored.
 *
 * @param leadId the id chosen at the gateway
 * @param contact who the lead is
 * @param comment free text
 * @param source where the lead came from
 * @param attribution what brought the lead in
 * @param status status at creation
 * @param createdAt when leads-service stored it
 * @param createdBy who asked for it, as in {@link CreateLead#requestedBy()}
 * @param duplicateOf the earlier lead with the same phone or e-mail inside the duplicate window, when any
 * @param number the short number people say on the phone ({@code №1042}), given in order by leads-service;
 *     null in leads stored before numbers existed
 * @param projectId the project (client) the lead belongs to, decided by leads-service when it stored the lead;
 *     null when no project claims it
 */
public record LeadCreated(
        String leadId,
        Contact contact,
        @Nullable String comment,
        LeadSource source,
        Attribution attribution,
        LeadStatus status,
        Instant createdAt,
        String createdBy,
        @Nullable String duplicateOf,
        @Nullable Long number,
        @Nullable String projectId)
        implements LeadEvent {

    public LeadCreated {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
    }
}
