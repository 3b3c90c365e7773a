package com.targetbot.meta.projects;

import com.targetbot.kit.web.FieldError;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A project write that disagrees with the other projects (an ad account, campaign, form or API key another project
 * already claims), or that could not get its turn: answered 409 naming the fields.
 */
class ProjectConflictException extends ErrorResponseException {

    ProjectConflictException(String detail, List<FieldError> errors) {
        super(HttpStatus.CONFLICT, problem(detail, errors), null);
    }

    private static ProblemDetail problem(String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }
}
