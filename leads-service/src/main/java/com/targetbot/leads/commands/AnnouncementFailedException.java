package com.targetbot.leads.commands;

/** The broker did not acknowledge a lead event; the command is retried, the change stays unapplied. */
class AnnouncementFailedException extends RuntimeException {

    AnnouncementFailedException(String leadId, Throwable cause) {
        super("An event about lead " + leadId + " was not acknowledged", cause);
    }
}
