package com.targetbot.meta.tokens;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The last answer Meta gave about a token; the first connection's is stored and served ({@code GET /meta/token}) in
 * this shape.
 *
 * @param valid whether Meta accepted the token at {@code checkedAt}
 * @param expiresAt when Meta stops accepting it; {@code null} when it never expires
 * @param checkedAt when Meta was asked
 * @param problem why Meta refuses the token, {@code null} while it is valid
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record TokenStatus(
        boolean valid,
        @Nullable Instant expiresAt,
        Instant checkedAt,
        @Nullable String problem) {}
