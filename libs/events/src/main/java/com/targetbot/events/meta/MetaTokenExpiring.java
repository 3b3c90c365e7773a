package com.targetbot.events.meta;

import java.time.Instant;
import java.util.Objects;

/**
 * The Meta access token stops working soon; an admin must reconnect Meta before then.
 *
 * @param expiresAt when Meta stops accepting the token
 * @param checkedAt when meta-service asked Meta about the token
 */
public record MetaTokenExpiring(Instant expiresAt, Instant checkedAt) implements MetaTokenEvent {

    public MetaTokenExpiring {
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }
}
