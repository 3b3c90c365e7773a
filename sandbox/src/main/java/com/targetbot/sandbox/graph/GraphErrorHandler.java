package com.targetbot.sandbox.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Graph errors in Graph's shape, HTTP 400 as Graph answers them, each with a fresh {@code fbtrace_id}. */
@RestControllerAdvice(
        assignableTypes = {
            GraphApiController.class,
            GraphOAuthController.class,
            GraphDebugTokenController.class,
            GraphBatchController.class,
            LeadAdsController.class,
            GraphAdsController.class
        })
@Order(Ordered.HIGHEST_PRECEDENCE)
class GraphErrorHandler {

    private final SecureRandom random = new SecureRandom();

    @ExceptionHandler
    ResponseEntity<ErrorBody> graphError(GraphException e) {
        return ResponseEntity.badRequest()
                .body(new ErrorBody(new Error(e.getMessage(), e.type(), e.code(), e.subcode(), traceId())));
    }

    private String traceId() {
        byte[] bytes = new byte[9];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    record ErrorBody(Error error) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Error(
            String message, String type, int code, @Nullable Integer errorSubcode, String fbtraceId) {}
}
