package com.targetbot.kit.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the client must fix: answered 400 with every wrong field named in {@code errors}. Spring's
 * {@link ErrorResponseException}, so both the servlet services and the WebFlux gateway render it as it is.
 */
public class InvalidRequestException extends ErrorResponseException {

    public InvalidRequestException(String detail, List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, problem(detail, errors), null);
    }

    public InvalidRequestException(List<FieldError> errors) {
        this(detail(errors), errors);
    }

    /** @throws InvalidRequestException when {@code errors} is not empty */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** The same problem as an exception would carry, for code that writes its own answer. */
    public static ProblemDetail problem(String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }

    static String detail(List<FieldError> errors) {
        return "Invalid fields: "
                + String.join(
                        ", ", errors.stream().map(FieldError::field).distinct().toList());
    }
}
