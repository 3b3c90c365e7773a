package com.targetbot.events.projects;

/** Who an alert is told to. */
public enum AlertAudience {
    /** The project's client group. */
    CLIENT_CHAT,
    /** The agency's chat about the project. */
    AGENCY_CHAT,
    /** The project's manager, in private. */
    MANAGER,
    /** Every admin of the bot, in private. */
    ADMINS
}
