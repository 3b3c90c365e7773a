package com.targetbot.events.leads;

import java.time.Instant;
import java.util.Objects;

/**
 * A lead moved in the funnel; also kept in the lead's status history.
 *
 * @param leadId the lead
 * @param from the status before
 * @param to the status now
 * @param changedBy who asked, as in {@link CreateLead#requestedBy()}
 * @param changedAt when leads-service applied the change
 */
public record LeadStatusChanged(String leadId, LeadStatus from, LeadStatus to, String changedBy, Instant changedAt)
        implements LeadEvent {

    public LeadStatusChanged {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
