package com.targetbot.leads.store;

import com.targetbot.events.leads.LeadStatus;
import java.time.Instant;

/**
 * One entry of a lead's status history.
 *
 * @param from the status before
 * @param to the status after
 * @param by who asked, as in {@code requestedBy}
 * @param at when it changed
 */
public record StatusChange(LeadStatus from, LeadStatus to, String by, Instant at) {}
