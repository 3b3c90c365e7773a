package com.targetbot.meta.graph;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A user token the OAuth token endpoint issued.
 *
 * @param token the token, never printed
 * @param expiresIn how long Meta says it lasts; {@code null} when Meta does not say
 */
public record GraphIssuedToken(
        GraphAccessToken token, @Nullable Duration expiresIn) {

    /** {@code {"access_token","token_type","expires_in"}} as Graph answers it. */
    record Answer(
            @JsonProperty("access_token") @Nullable String accessToken,
            @JsonProperty("expires_in") @Nullable Long expiresIn) {

        GraphIssuedToken toIssued() {
            if (accessToken == null || accessToken.isBlank()) {
                throw new GraphApiException(
                        GraphApiException.NO_GRAPH_CODE, "Graph API issued no access_token", false, null);
            }
            return new GraphIssuedToken(
                    new GraphAccessToken(accessToken), expiresIn == null ? null : Duration.ofSeconds(expiresIn));
        }

        @Override
        public String toString() {
            return "Answer[expiresIn=" + expiresIn + "]";
        }
    }
}
