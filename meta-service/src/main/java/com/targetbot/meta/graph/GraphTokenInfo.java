package com.targetbot.meta.graph;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What Meta knows about the user access token the service calls with.
 *
 * @param valid whether Meta accepts the token now
 * @param expiresAt when Meta stops accepting it; {@code null} when it never expires
 * @param problem Meta's explanation for an invalid token, free of secrets; {@code null} while it is valid
 */
public record GraphTokenInfo(
        boolean valid,
        @Nullable Instant expiresAt,
        @Nullable String problem) {}
