package com.targetbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * AssertJ assertions on an RFC 9457 problem+json answer, whatever client produced it: the status, the media
 * type, the standard members and the field errors ({@code errors: [{field, code, message}]}).
 *
 * <pre>{@code
 * assertThatProblem(status, contentType, body).hasStatus(400).hasFieldError("phone", "invalid_format");
 * }</pre>
 */
public final class ProblemAssert extends AbstractAssert<ProblemAssert, JsonNode> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemAssert(JsonNode problem) {
        super(problem, ProblemAssert.class);
    }

    /**
     * Checks that the answer is problem+json whose {@code status} member is the answer's status, and returns the
     * assertions on its document.
     */
    public static ProblemAssert assertThatProblem(int status, @Nullable String contentType, byte @Nullable [] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        assertThat(contentType).as("content type of %s", text).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(text);
        assertThat(problem.path("status").asInt())
                .as("status member of %s", text)
                .isEqualTo(status);
        assertThat(problem.path("title").asString("")).as("title of %s", text).isNotBlank();
        return new ProblemAssert(problem);
    }

    public static ProblemAssert assertThatProblem(HttpResponse<String> response) {
        return assertThatProblem(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.body().getBytes(StandardCharsets.UTF_8));
    }

    public ProblemAssert hasStatus(int status) {
        assertThat(actual.path("status").asInt()).as("status of %s", actual).isEqualTo(status);
        return this;
    }

    public ProblemAssert hasType(String type) {
        assertThat(actual.path("type").asString(null)).as("type of %s", actual).isEqualTo(type);
        return this;
    }

    public ProblemAssert hasDetailContaining(String... parts) {
        assertThat(actual.path("detail").asString(""))
                .as("detail of %s", actual)
                .contains(parts);
        return this;
    }

    /** One of the field errors names {@code field} with the code {@code code} (as written, e.g. {@code too_long}). */
    public ProblemAssert hasFieldError(String field, String code) {
        assertThat(fieldErrors()).as("field errors of %s", actual).anySatisfy(error -> {
            assertThat(error.path("field").asString(null)).isEqualTo(field);
            assertThat(error.path("code").asString(null)).isEqualTo(code);
            assertThat(error.path("message").asString("")).isNotBlank();
        });
        return this;
    }

    /** One of the field errors names {@code field} with this code and this message. */
    public ProblemAssert hasFieldError(String field, String code, String message) {
        assertThat(fieldErrors()).as("field errors of %s", actual).anySatisfy(error -> {
            assertThat(error.path("field").asString(null)).isEqualTo(field);
            assertThat(error.path("code").asString(null)).isEqualTo(code);
            assertThat(error.path("message").asString(null)).isEqualTo(message);
        });
        return this;
    }

    /** The field errors name exactly these fields, in any order. */
    public ProblemAssert hasFieldErrorsOn(String... fields) {
        assertThat(fieldErrors().stream()
                        .map(error -> error.path("field").asString(null))
                        .distinct())
                .as("fields of %s", actual)
                .containsExactlyInAnyOrder(fields);
        return this;
    }

    private List<JsonNode> fieldErrors() {
        JsonNode errors = actual.path("errors");
        assertThat(errors.isArray()).as("errors of %s", actual).isTrue();
        return errors.valueStream().toList();
    }
}
