package com.targetbot.events.leads;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A lead's assignee or comment changed; a status change is told by {@link LeadStatusChanged}.
 *
 * @param leadId the lead
 * @param assignee the new assignee, or null when it did not change
 * @param comment the new comment, or null when it did not change
 * @param updatedAt when leads-service applied the change
 * @param updatedBy who asked, as in {@link CreateLead#requestedBy()}
 */
public record LeadUpdated(
        String leadId, @Nullable String assignee, @Nullable String comment, Instant updatedAt, String updatedBy)
        implements LeadEvent {

    public LeadUpdated {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
    }
}
