package com.targetbot.events.meta;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta no longer accepts a connection's token (expired, revoked, or the user changed their password); the connection
 * is not used until an admin reconnects it.
 *
 * @param connection the connection; null only when read from a v1 event, which named none
 * @param reason what Meta said, readable by an operator (never the token)
 * @param checkedAt when meta-service asked Meta about the token
 */
public record MetaTokenInvalid(@Nullable ConnectionRef connection, String reason, Instant checkedAt)
        implements MetaTokenEvent {

    public MetaTokenInvalid {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }
}
