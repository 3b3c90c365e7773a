package com.targetbot.events.leads;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Store a new lead. The id is chosen at the gateway, so the client can follow it before the lead exists.
 *
 * @param leadId time-ordered id (UUID version 7)
 * @param contact who the lead is; the phone already normalised by {@link PhoneNumbers}
 * @param comment free text from the form or the manager
 * @param source where the lead came from
 * @param attribution what brought the lead in
 * @param requestedAt when the gateway accepted the request
 * @param requestedBy who asked: {@code api-key:<prefix>}, {@code admin:<login>} or {@code telegram:<user id>}
 */
public record CreateLead(
        String leadId,
        Contact contact,
        @Nullable String comment,
        LeadSource source,
        Attribution attribution,
        Instant requestedAt,
        String requestedBy)
        implements LeadCommand {

    public CreateLead {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(requestedBy, "requestedBy");
    }
}
