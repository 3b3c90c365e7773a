package com.targetbot.events.meta;

import java.util.Objects;

/**
 * The Meta connection a token event is about: what admins recognise it by, never its token.
 *
 * @param id meta-service's stable connection id ({@code user-<Facebook user id>}, {@code system-<user id>},
 *     {@code configured})
 * @param name the Facebook user's or the system user's name
 * @param kind whose token the connection holds
 */
public record ConnectionRef(String id, String name, Kind kind) {

    public ConnectionRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** Whose token a connection holds. */
    public enum Kind {
        /** A Facebook user's, from the login dialog; lasts about 60 days. */
        USER,
        /** A Business Manager system user's, pasted or configured; may never expire. */
        SYSTEM_USER
    }
}
