package com.targetbot.meta.graph;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Graph's {@code debug_token} answer, the fields the token check reads: {@code {"data":{"is_valid","expires_at",
 * "user_id","type","scopes","error":{"message"}}}}. {@code expires_at} is epoch seconds, 0 for a token that never expires.
 */
record GraphDebugToken(@Nullable Data data) {

    GraphTokenInfo toInfo(UnaryOperator<String> redact) {
        if (data == null) {
            throw new GraphApiException(
                    GraphApiException.NO_GRAPH_CODE, "Graph API answered debug_token without data", false, null);
        }
        Instant expiresAt =
                data.expiresAt() == null || data.expiresAt() == 0 ? null : Instant.ofEpochSecond(data.expiresAt());
        List<String> scopes = data.scopes() == null ? List.of() : data.scopes();
        if (data.isValid()) {
            return new GraphTokenInfo(true, expiresAt, null, data.userId(), data.type(), scopes);
        }
        Error error = data.error();
        String reason = error == null || error.message() == null
                ? "Meta reports the access token as invalid"
                : redact.apply(error.message());
        return new GraphTokenInfo(false, expiresAt, reason, data.userId(), data.type(), scopes);
    }

    record Data(
            @JsonProperty("is_valid") boolean isValid,
            @JsonProperty("expires_at") @Nullable Long expiresAt,
            @JsonProperty("user_id") @Nullable String userId,
            @Nullable String type,
            @Nullable List<String> scopes,
            @Nullable Error error) {}

    record Error(@Nullable String message) {}
}
