package com.targetbot.events.leads;

import com.targetbot.events.Event;

/** Commands that change leads; keyed by lead id so one lead's lifecycle stays in order. */
public sealed interface LeadCommand extends Event permits CreateLead, UpdateLead, DeleteLead {

    String leadId();

    @Override
    default String key() {
        return leadId();
    }
}
