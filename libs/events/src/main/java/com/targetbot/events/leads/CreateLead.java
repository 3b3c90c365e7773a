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
 */
public record CreateLead(
        String leadId,
        String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String comment,
        LeadSource source,
        Instant requestedAt,
        String requestedBy)
        implements LeadCommand {

    public CreateLead {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(requestedBy, "requestedBy");
    }
}
