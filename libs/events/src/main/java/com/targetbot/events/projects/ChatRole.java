package com.targetbot.events.projects;

/** What a chat is to a project. */
public enum ChatRole {
    /** The client's group: its leads, figures and alerts. */
    CLIENT,
    /** The agency's internal chat about the client. */
    AGENCY
}
