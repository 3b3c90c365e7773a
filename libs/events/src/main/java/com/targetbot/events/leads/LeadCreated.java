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
        String createdBy)
        implements LeadEvent {

    public LeadCreated {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
    }
}
