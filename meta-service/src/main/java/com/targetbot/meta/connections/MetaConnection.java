package com.targetbot.meta.connections;

import com.targetbot.events.meta.ConnectionRef;
import java.util.Objects;

/**
 * One way into Meta: whose token it is. The token itself is asked for with {@link Connections#token(String)}.
 *
 * @param id stable connection id, used in keys, events and URLs
 * @param name who the token belongs to, for people (the Facebook user's or system user's name)
 * @param kind a Facebook user's or a system user's token
 */
public record MetaConnection(String id, String name, ConnectionKind kind) {

    public MetaConnection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** How events name this connection. */
    public ConnectionRef ref() {
        return new ConnectionRef(id, name, kind.inEvents());
    }
}
