package com.targetbot.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemDetailsAdviceTests {

    @ParameterizedTest
    @CsvSource({
        "NotBlank, x, REQUIRED",
        "NotNull, , REQUIRED",
        "Size, '', REQUIRED",
        "Size, much too long, TOO_LONG",
        "Max, 500, OUT_OF_RANGE",
        "Min, 0, OUT_OF_RANGE",
        "Email, not-an-email, INVALID_FORMAT",
        "Pattern, x y, INVALID_FORMAT"
    })
    void constraintsAreGivenTheirKind(String constraint, @Nullable String rejected, FieldErrorCode code) {
        var error = new org.springframework.validation.FieldError(
                "request", "field", rejected, false, new String[] {constraint}, null, "is wrong");

        assertThat(ProblemDetailsAdvice.code(error)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"REQUIRED, required", "TOO_LONG, too_long", "INVALID_FORMAT, invalid_format"})
    void codesAreWrittenInLowerSnakeCase(FieldErrorCode code, String written) {
        assertThat(code.value()).isEqualTo(written);
    }
}
