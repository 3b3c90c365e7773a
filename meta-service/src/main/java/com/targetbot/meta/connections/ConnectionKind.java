package com.targetbot.meta.connections;

import com.targetbot.events.meta.ConnectionRef;

/** Whose token a connection holds. */
public enum ConnectionKind {
    /** A Facebook user's, made by the login dialog; lasts about 60 days. */
    USER,
    /** A Business Manager system user's, pasted by an admin; may never expire. */
    SYSTEM_USER;

    /** The same kind as the event contract spells it. */
    ConnectionRef.Kind inEvents() {
        return switch (this) {
            case USER -> ConnectionRef.Kind.USER;
            case SYSTEM_USER -> ConnectionRef.Kind.SYSTEM_USER;
        };
    }
}
