package com.targetbot.events.leads;

import java.time.Instant;
import java.util.Objects;

/**
 * Erase a lead for a privacy request: its data, its index entries and its share of the counters.
 *
 * @param leadId the lead to erase
 * @param requestedAt when the gateway accepted the request
 * @param requestedBy who asked, as in {@link CreateLead#requestedBy()}
 */
public record DeleteLead(String leadId, Instant requestedAt, String requestedBy) implements LeadCommand {

    public DeleteLead {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(requestedBy, "requestedBy");
    }
}
