package com.targetbot.leads.commands;

/** The broker did not acknowledge {@code LeadCreated}; the command is retried, the lead stays unannounced. */
class AnnouncementFailedException extends RuntimeException {

    AnnouncementFailedException(String leadId, Throwable cause) {
        super("LeadCreated for " + leadId + " was not acknowledged", cause);
    }
}
