package com.targetbot.meta.connections;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What Meta vouched for about a token before it is stored: valid, with every required permission.
 *
 * @param userId whose token it is
 * @param name their name ({@code /me})
 * @param kind a user's or a system user's token, as {@code debug_token} types it
 * @param scopes the permissions it carries
 * @param expiresAt when it expires; {@code null}: never
 */
record VettedToken(
        String userId,
        String name,
        ConnectionKind kind,
        List<String> scopes,
        @Nullable Instant expiresAt) {

    /** The connection a token of this person is kept under, whichever way it was made. */
    String connectionId() {
        return (kind == ConnectionKind.SYSTEM_USER ? "system-" : "user-") + userId;
    }
}
