package com.targetbot.gateway.apikeys;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A stored API key: everything but the key itself, which is kept only as its hash. */
record ApiKeyRecord(
        String hash,
        String prefix,
        String label,
        Set<Scope> scopes,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt,
        long useCount,
        boolean revoked) {

    boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
