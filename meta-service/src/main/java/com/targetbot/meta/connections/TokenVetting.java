package com.targetbot.meta.connections;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.targetbot.meta.graph.GraphAccessToken;
import com.targetbot.meta.graph.GraphApiClient;
import com.targetbot.meta.graph.GraphApiException;
import com.targetbot.meta.graph.GraphTokenInfo;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Asks Meta about a token before it is stored: {@code debug_token} (valid? whose? which permissions? until when?)
 * and {@code /me} (the name people see). A token Meta refuses, or one missing a permission the features need, is
 * refused with the reason.
 */
@Component
class TokenVetting {

    private static final ParameterizedTypeReference<Me> ME = new ParameterizedTypeReference<>() {};

    private final GraphApiClient graph;
    private final ConnectionsProperties properties;

    TokenVetting(GraphApiClient graph, ConnectionsProperties properties) {
        this.graph = graph;
        this.properties = properties;
    }

    VettedToken vet(GraphAccessToken token) {
        try {
            GraphTokenInfo info = graph.debugToken(token);
            if (!info.valid()) {
                throw new ConnectionRefusedException("Meta does not accept the token: " + info.problem());
            }
            List<String> missing = properties.requiredScopes().stream()
                    .filter(scope -> !info.scopes().contains(scope))
                    .toList();
            if (!missing.isEmpty()) {
                throw new ConnectionRefusedException(
                        "The token lacks permissions TargetBot needs: " + String.join(", ", missing), missing);
            }
            Me me = graph.get(token, "me", null, Map.of("fields", "id,name"), ME);
            String userId = info.userId() != null ? info.userId() : me.id();
            if (userId == null || me.name() == null) {
                throw new ConnectionRefusedException("Meta did not say whose token this is");
            }
            ConnectionKind kind = "SYSTEM_USER".equals(info.type()) ? ConnectionKind.SYSTEM_USER : ConnectionKind.USER;
            return new VettedToken(userId, me.name(), kind, info.scopes(), info.expiresAt());
        } catch (GraphApiException e) {
            throw unanswered(e);
        }
    }

    /**
     * Meta's refusal of a call made for the connection (a bad code, a dead token) is the admin's to fix: 422; Meta
     * out of reach is not: 502, try again.
     */
    static ErrorResponseException unanswered(GraphApiException e) {
        if (!e.retryable() && e.code() != GraphApiException.NO_GRAPH_CODE) {
            return new ConnectionRefusedException("Meta refused: " + e.getMessage());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_GATEWAY, "Meta could not be asked about the connection: " + e.getMessage());
        return new ErrorResponseException(HttpStatus.BAD_GATEWAY, problem, null);
    }

    record Me(
            @JsonProperty("id") @Nullable String id,
            @JsonProperty("name") @Nullable String name) {}
}
