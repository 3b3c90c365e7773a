package com.targetbot.sandbox.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * {@code GET /debug_token}: what Meta knows about a user token, asked with the app access token
 * {@code <app id>|<app secret>}. A dead token is not an error here: Graph answers 200 with {@code is_valid: false}
 * and the reason under {@code data.error}; only a bad app token fails the call.
 */
@RestController
class GraphDebugTokenController {

    static final String APPLICATION = "TargetBot Sandbox";

    private final GraphSandboxProperties properties;
    private final GraphToken token;

    GraphDebugTokenController(GraphSandboxProperties properties, GraphToken token) {
        this.properties = properties;
        this.token = token;
    }

    @GetMapping(GraphApiController.VERSION + "/debug_token")
    Debug debugToken(
            @RequestParam(name = "input_token", required = false) @Nullable String inputToken,
            HttpServletRequest request) {
        return inspect(GraphAuth.accessToken(request), inputToken);
    }

    /** The answer for {@code input_token}, asked with {@code appToken}; also played inside a batch. */
    Debug inspect(@Nullable String appToken, @Nullable String inputToken) {
        checkAppToken(appToken);
        if (inputToken == null || inputToken.isEmpty()) {
            throw GraphException.oauth(100, "(#100) The parameter input_token is required");
        }
        GraphToken.Issued issued = token.find(inputToken).orElse(null);
        if (issued == null) {
            return new Debug(new TokenInfo(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    List.of(),
                    null,
                    new TokenError(190, "Invalid OAuth access token - Cannot parse access token", null)));
        }
        GraphToken.State state = issued.state();
        GraphException problem = state.problemAt(Instant.now());
        return new Debug(new TokenInfo(
                properties.appId(),
                issued.person().kind().name(),
                APPLICATION,
                state.issuedAt().plus(GraphToken.DATA_ACCESS_LIFETIME).getEpochSecond(),
                // Graph's 0 means the token never expires.
                state.expiresAt() == null ? 0L : state.expiresAt().getEpochSecond(),
                state.issuedAt().getEpochSecond(),
                problem == null,
                state.scopes(),
                issued.person().id(),
                problem == null ? null : new TokenError(problem.code(), problem.getMessage(), problem.subcode())));
    }

    private void checkAppToken(@Nullable String accessToken) {
        if (accessToken == null || accessToken.isEmpty()) {
            throw GraphException.oauth(104, "An access token is required to request this resource.");
        }
        String appToken = properties.appId() + "|" + properties.appSecret();
        if (!MessageDigest.isEqual(
                accessToken.getBytes(StandardCharsets.UTF_8), appToken.getBytes(StandardCharsets.UTF_8))) {
            throw GraphException.oauth(
                    190,
                    accessToken.contains("|")
                            ? "Invalid OAuth access token signature."
                            : "Invalid OAuth access token - Cannot parse access token");
        }
    }

    record Debug(TokenInfo data) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokenInfo(
            @Nullable String appId,
            @Nullable String type,
            @Nullable String application,
            @Nullable Long dataAccessExpiresAt,
            @Nullable Long expiresAt,
            @Nullable Long issuedAt,
            boolean isValid,
            List<String> scopes,
            @Nullable String userId,
            @Nullable TokenError error) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokenError(int code, String message, @Nullable Integer subcode) {}
}
