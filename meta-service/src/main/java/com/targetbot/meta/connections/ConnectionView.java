package com.targetbot.meta.connections;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Meta connection as the API shows it: everything but the token.
 *
 * @param id stable id: {@code user-<Facebook user id>}, {@code system-<user id>} or {@code configured}
 * @param facebookUserId whose token it is, as Meta names them; {@code null} for a bootstrapped token
 * @param name the person's or system user's name
 * @param kind a Facebook user's or a system user's token
 * @param scopes the permissions the token carries
 * @param expiresAt when Meta stops accepting the token; {@code null}: never, or not known yet
 * @param createdAt when it was connected (a reconnection keeps the first time)
 * @param createdBy who connected it ({@code admin:<username>}, {@code configuration})
 * @param status whether Meta accepted the token when last asked
 * @param problem Meta's reason while the token is refused
 * @param checkedAt when Meta was last asked about the token
 */
public record ConnectionView(
        String id,
        @Nullable String facebookUserId,
        String name,
        ConnectionKind kind,
        List<String> scopes,
        @Nullable Instant expiresAt,
        Instant createdAt,
        String createdBy,
        ConnectionStatus status,
        @Nullable String problem,
        @Nullable Instant checkedAt) {

    public ConnectionView {
        scopes = List.copyOf(scopes);
    }

    /** The connection without what the API shows about it. */
    public MetaConnection connection() {
        return new MetaConnection(id, name, kind);
    }

    /** What Meta said about the token just now. */
    ConnectionView withHealth(boolean valid, @Nullable Instant expiresAt, @Nullable String problem, Instant at) {
        return new ConnectionView(
                id,
                facebookUserId,
                name,
                kind,
                scopes,
                expiresAt,
                createdAt,
                createdBy,
                valid ? ConnectionStatus.ACTIVE : ConnectionStatus.INVALID,
                valid ? null : problem,
                at);
    }
}
