package com.targetbot.gateway.leads;

import com.targetbot.events.leads.Attribution;
import com.targetbot.events.leads.Contact;
import org.jspecify.annotations.Nullable;

/**
 * A lead request that passed validation: trimmed, phone in E.164; the contract's value records, so it
 * becomes a {@code CreateLead} without a field list.
 */
record NewLead(Contact contact, @Nullable String comment, Attribution attribution) {}
