package com.targetbot.testkit;

import static com.targetbot.testkit.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProblemAssertTests {

    static final byte[] PROBLEM = """
            {"type":"about:blank","title":"Bad Request","status":400,"detail":"Invalid fields: phone",
             "errors":[{"field":"phone","code":"invalid_format","message":"is not a valid phone number"}]}
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void passesOnTheFieldErrorsTheProblemHas() {
        assertThatProblem(400, "application/problem+json", PROBLEM)
                .hasStatus(400)
                .hasType("about:blank")
                .hasDetailContaining("phone")
                .hasFieldErrorsOn("phone")
                .hasFieldError("phone", "invalid_format")
                .hasFieldError("phone", "invalid_format", "is not a valid phone number");
    }

    @Test
    void failsOnAnotherCodeAnotherFieldAnotherStatusOrAnotherMediaType() {
        var problem = assertThatProblem(400, "application/problem+json", PROBLEM);

        assertThatThrownBy(() -> problem.hasFieldError("phone", "required")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> problem.hasFieldErrorsOn("phone", "email")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThatProblem(422, "application/problem+json", PROBLEM))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThatProblem(400, "application/json", PROBLEM))
                .isInstanceOf(AssertionError.class);
    }
}
