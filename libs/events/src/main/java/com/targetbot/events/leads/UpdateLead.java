package com.targetbot.events.leads;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Change a lead's status, assignee or comment; only the fields that are set change.
 *
 * @param leadId the lead to change
 * @param status the new status, or null to keep it
 * @param assignee who works the lead now, or null to keep it
 * @param comment the new comment, or null to keep it
 * @param requestedAt when the gateway accepted the request
 * @param requestedBy who asked, as in {@link CreateLead#requestedBy()}
 */
public record UpdateLead(
        String leadId,
        @Nullable LeadStatus status,
        @Nullable String assignee,
        @Nullable String comment,
        Instant requestedAt,
        String requestedBy)
        implements LeadCommand {

    public UpdateLead {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(requestedBy, "requestedBy");
    }
}
