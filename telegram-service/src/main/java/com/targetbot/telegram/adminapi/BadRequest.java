package com.targetbot.telegram.adminapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Collects what is wrong with a request, field by field, into one 400 problem shaped like the service kit's
 * validation problems ({@code errors: [{field, message}]}).
 */
final class BadRequest {

    private final List<Map<String, String>> errors = new ArrayList<>();

    void reject(String field, String message) {
        errors.add(Map.of("field", field, "message", message));
    }

    /** @throws ErrorResponseException a 400 problem when anything was rejected */
    void throwIfAny() {
        if (errors.isEmpty()) {
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "Invalid fields: "
                        + String.join(
                                ", ", errors.stream().map(e -> e.get("field")).toList()));
        problem.setProperty("errors", List.copyOf(errors));
        throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
