package com.targetbot.meta.connections;

/** Whose token a connection holds. */
public enum ConnectionKind {
    /** A Facebook user's, made by the login dialog; lasts about 60 days. */
    USER,
    /** A Business Manager system user's, pasted by an admin; may never expire. */
    SYSTEM_USER
}
