/**
 * Consumes {@code leads.commands}: a valid {@code CreateLead} becomes a stored, counted lead announced as
 * {@code LeadCreated} on {@code leads.events}; a command that can never succeed goes to the dead-letter topic
 * with the reason.
 */
@NullMarked
package com.targetbot.leads.commands;

import org.jspecify.annotations.NullMarked;
