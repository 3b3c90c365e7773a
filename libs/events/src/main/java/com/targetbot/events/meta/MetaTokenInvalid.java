package com.targetbot.events.meta;

import java.time.Instant;
import java.util.Objects;

/**
 * Meta no longer accepts the access token (expired, revoked, or the user changed their password); syncs fail
 * until an admin reconnects Meta.
 *
 * @param reason what Meta said, readable by an operator (never the token)
 * @param checkedAt when meta-service asked Meta about the token
 */
public record MetaTokenInvalid(String reason, Instant checkedAt) implements MetaTokenEvent {

    public MetaTokenInvalid {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }
}
