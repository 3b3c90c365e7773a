package com.targetbot.gateway.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request the client must fix: answered 400 with every wrong field named in {@code errors}. */
public class InvalidRequestException extends ErrorResponseException {

    public InvalidRequestException(String detail, List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, problem(detail, errors), null);
    }

    public InvalidRequestException(List<FieldError> errors) {
        this(
                "Invalid fields: "
                        + String.join(
                                ", ",
                                errors.stream()
                                        .map(FieldError::field)
                                        .distinct()
                                        .toList()),
                errors);
    }

    private static ProblemDetail problem(String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }
}
