package com.targetbot.events.leads;

import com.targetbot.events.RetiredVersion;
import java.time.Instant;

/**
 * {@code com.targetbot.lead.status_changed.v1}: {@link LeadStatusChanged} before it named the lead and its
 * owner; read from old records only, with those two left empty.
 */
public record LeadStatusChangedV1(String leadId, LeadStatus from, LeadStatus to, String changedBy, Instant changedAt)
        implements RetiredVersion<LeadStatusChanged> {

    @Override
    public LeadStatusChanged upcast() {
        return new LeadStatusChanged(leadId, from, to, changedBy, changedAt, null, null);
    }
}
