package com.targetbot.events.meta;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A connection's Meta token stops working soon; an admin must reconnect it before then.
 *
 * @param connection the connection; null only when read from a v1 event, which named none
 * @param expiresAt when Meta stops accepting the token
 * @param checkedAt when meta-service asked Meta about the token
 */
public record MetaTokenExpiring(@Nullable ConnectionRef connection, Instant expiresAt, Instant checkedAt)
        implements MetaTokenEvent {

    public MetaTokenExpiring {
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }
}
