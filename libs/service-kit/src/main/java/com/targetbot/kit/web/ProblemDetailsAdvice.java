package com.targetbot.kit.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Maps domain and validation exceptions to problem+json once, naming the fields that are wrong. */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
        problem.setTitle("Not Found");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsAdvice::fieldError)
                .toList();
        ProblemDetail problem = exception.getBody();
        problem.setDetail(InvalidRequestException.detail(errors));
        problem.setProperty("errors", errors);
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = exception.getPropertyName() == null ? "parameter" : exception.getPropertyName();
        String message = invalidValue(exception.getValue());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field + " " + message);
        problem.setProperty("errors", List.of(new FieldError(field, FieldErrorCode.INVALID_FORMAT, message)));
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    private static FieldError fieldError(org.springframework.validation.FieldError error) {
        if (error.isBindingFailure()) {
            // A binding failure's default message names Java types; say what the client sent instead.
            return new FieldError(
                    error.getField(), FieldErrorCode.INVALID_FORMAT, invalidValue(error.getRejectedValue()));
        }
        return new FieldError(error.getField(), code(error), String.valueOf(error.getDefaultMessage()));
    }

    /** The kind of a Bean Validation failure, by its constraint's name. */
    static FieldErrorCode code(org.springframework.validation.FieldError error) {
        return switch (String.valueOf(error.getCode())) {
            case "NotNull", "NotBlank", "NotEmpty" -> FieldErrorCode.REQUIRED;
            case "Size", "Length" ->
                error.getRejectedValue() instanceof CharSequence text && text.isEmpty()
                        ? FieldErrorCode.REQUIRED
                        : FieldErrorCode.TOO_LONG;
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Range", "Future", "Past" ->
                FieldErrorCode.OUT_OF_RANGE;
            default -> FieldErrorCode.INVALID_FORMAT;
        };
    }

    private static String invalidValue(@Nullable Object value) {
        return "has an invalid value '" + value + "'";
    }
}
