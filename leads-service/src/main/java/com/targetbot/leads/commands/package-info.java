/**
 * Consumes {@code leads.commands}: a valid {@code CreateLead} becomes a stored, counted lead (marked as a
 * duplicate when its phone or e-mail is recent) announced as {@code LeadCreated}; {@code UpdateLead} and
 * {@code DeleteLead} are announced as {@code LeadStatusChanged}/{@code LeadUpdated}/{@code LeadDeleted} on
 * {@code leads.events} and then applied. A command that can never succeed goes to the dead-letter topic with
 * the reason.
 */
@NullMarked
package com.targetbot.leads.commands;

import org.jspecify.annotations.NullMarked;
