package com.targetbot.meta.connections;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A token or login code Meta did not vouch for: answered 422 and nothing is stored. A token that lacks permissions
 * names them in {@code missingScopes}, so the page the admin sees can say which to grant.
 */
class ConnectionRefusedException extends ErrorResponseException {

    ConnectionRefusedException(String detail, List<String> missingScopes) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(detail, missingScopes), null);
    }

    ConnectionRefusedException(String detail) {
        this(detail, List.of());
    }

    private static ProblemDetail problem(String detail, List<String> missingScopes) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        problem.setTitle("Meta connection refused");
        problem.setProperty("missingScopes", List.copyOf(missingScopes));
        return problem;
    }
}
