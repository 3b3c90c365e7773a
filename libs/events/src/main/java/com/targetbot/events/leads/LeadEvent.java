package com.targetbot.events.leads;

import com.targetbot.events.Event;

/** Facts about leads, published by leads-service once they are stored. */
public sealed interface LeadEvent extends Event permits LeadCreated, LeadUpdated, LeadStatusChanged, LeadDeleted {

    String leadId();

    @Override
    default String key() {
        return leadId();
    }
}
