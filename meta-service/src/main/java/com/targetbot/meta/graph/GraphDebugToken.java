package com.targetbot.meta.graph;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Graph's {@code debug_token} answer, the fields the token check reads: {@code {"data":{"is_valid","expires_at",
 * "error":{"message"}}}}. {@code expires_at} is epoch seconds, 0 for a token that never expires.
 */
record GraphDebugToken(@Nullable Data data) {

    GraphTokenInfo toInfo(UnaryOperator<String> redact) {
        if (data == null) {
            throw new GraphApiException(
                    GraphApiException.NO_GRAPH_CODE, "Graph API answered debug_token without data", false, null);
        }
        Instant expiresAt =
                data.expiresAt() == null || data.expiresAt() == 0 ? null : Instant.ofEpochSecond(data.expiresAt());
        if (data.isValid()) {
            return new GraphTokenInfo(true, expiresAt, null);
        }
        Error error = data.error();
        String reason = error == null || error.message() == null
                ? "Meta reports the access token as invalid"
                : redact.apply(error.message());
        return new GraphTokenInfo(false, expiresAt, reason);
    }

    record Data(
            @JsonProperty("is_valid") boolean isValid,
            @JsonProperty("expires_at") @Nullable Long expiresAt,
            @Nullable Error error) {}

    record Error(@Nullable String message) {}
}
