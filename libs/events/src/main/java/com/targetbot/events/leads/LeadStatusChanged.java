package com.targetbot.events.leads;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A lead moved in the funnel; also kept in the lead's status history. It names the lead and its owner so a
 * consumer can tell the owner without asking leads-service.
 *
 * @param leadId the lead
 * @param from the status before
 * @param to the status now
 * @param changedBy who asked, as in {@link CreateLead#requestedBy()}
 * @param changedAt when leads-service applied the change
 * @param name the lead's contact name; null only when read from a v1 event, which did not carry it
 * @param createdBy who created the lead, as in {@link LeadCreated#createdBy()}; null only when read from v1
 */
public record LeadStatusChanged(
        String leadId,
        LeadStatus from,
        LeadStatus to,
        String changedBy,
        Instant changedAt,
        @Nullable String name,
        @Nullable String createdBy)
        implements LeadEvent {

    public LeadStatusChanged {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
