package com.targetbot.events.leads;

import java.time.Instant;
import java.util.Objects;

/**
 * A lead was erased. Carries no personal data: the point of the erase is that it is gone.
 *
 * @param leadId the erased lead
 * @param deletedAt when leads-service erased it
 * @param deletedBy who asked, as in {@link CreateLead#requestedBy()}
 */
public record LeadDeleted(String leadId, Instant deletedAt, String deletedBy) implements LeadEvent {

    public LeadDeleted {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(deletedAt, "deletedAt");
        Objects.requireNonNull(deletedBy, "deletedBy");
    }
}
