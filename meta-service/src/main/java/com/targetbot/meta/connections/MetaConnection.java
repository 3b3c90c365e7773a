package com.targetbot.meta.connections;

import java.util.Objects;

/**
 * One way into Meta: whose token it is. The token itself is asked for with {@link Connections#token(String)}.
 *
 * @param id stable connection id, used in keys, events and URLs
 * @param name who the token belongs to, for people (the Facebook user's or system user's name)
 */
public record MetaConnection(String id, String name) {

    public MetaConnection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
