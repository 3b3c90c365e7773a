package com.targetbot.meta.graph;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What Meta knows about an access token.
 *
 * @param valid whether Meta accepts the token now
 * @param expiresAt when Meta stops accepting it; {@code null} when it never expires
 * @param problem Meta's explanation for an invalid token, free of secrets; {@code null} while it is valid
 * @param userId whose token it is (an app-scoped user id); {@code null} when Meta does not say
 * @param type {@code USER}, {@code SYSTEM_USER}, {@code PAGE}...; {@code null} when Meta does not say
 * @param scopes the permissions the token carries
 */
public record GraphTokenInfo(
        boolean valid,
        @Nullable Instant expiresAt,
        @Nullable String problem,
        @Nullable String userId,
        @Nullable String type,
        List<String> scopes) {

    public GraphTokenInfo {
        scopes = List.copyOf(scopes);
    }

    /** An answer that says nothing about whose token it is. */
    public GraphTokenInfo(boolean valid, @Nullable Instant expiresAt, @Nullable String problem) {
        this(valid, expiresAt, problem, null, null, List.of());
    }
}
