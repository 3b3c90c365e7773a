package com.targetbot.events.meta;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta accepts a connection's token and it is not about to expire: told the first time meta-service checks a
 * connection and whenever a connection leaves the invalid or expiring state, never as a reminder.
 *
 * @param connection the connection
 * @param expiresAt when Meta stops accepting the token; null when it never expires
 * @param checkedAt when meta-service asked Meta about the token
 */
public record MetaTokenHealthy(
        ConnectionRef connection, @Nullable Instant expiresAt, Instant checkedAt) implements MetaTokenEvent {

    public MetaTokenHealthy {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }
}
