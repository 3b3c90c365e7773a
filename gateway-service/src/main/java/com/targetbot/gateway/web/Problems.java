package com.targetbot.gateway.web;

import io.lettuce.core.RedisException;
import java.net.ConnectException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * The one mapping from failures to RFC 9457 problem details, used by the controller advice and by the
 * exception handler for everything outside controllers (security filters, routing, unknown paths).
 */
public final class Problems {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private Problems() {}

    /** The problem for any failure: its own when it carries one, a safe generic one otherwise. */
    public static ErrorResponse of(Throwable failure) {
        if (failure instanceof ErrorResponse response) {
            return response;
        }
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        if (failure instanceof DataBufferLimitException || cause instanceof DataBufferLimitException) {
            return ErrorResponse.create(failure, HttpStatus.CONTENT_TOO_LARGE, "The request body is too large");
        }
        if (isBrokerFailure(failure) || isBrokerFailure(cause)) {
            log.warn("Kafka did not acknowledge a write: {}", cause.toString());
            return ErrorResponse.create(
                    failure, HttpStatus.SERVICE_UNAVAILABLE, "The request could not be queued right now; retry later");
        }
        if (isRedisFailure(failure) || isRedisFailure(cause)) {
            // Sessions, keys and accounts live in Redis: without it nobody can be authenticated (fail closed).
            log.warn("Redis did not answer: {}", cause.toString());
            return ErrorResponse.create(
                    failure, HttpStatus.SERVICE_UNAVAILABLE, "The session and key store is unavailable; retry later");
        }
        if (cause instanceof ConnectException) {
            return ErrorResponse.create(failure, HttpStatus.BAD_GATEWAY, "The service behind this path is unreachable");
        }
        log.error("Unhandled failure", failure);
        return ErrorResponse.create(failure, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");
    }

    /** The problem+json document: the standard members plus any extension members such as {@code errors}. */
    public static Map<String, Object> body(ProblemDetail problem, ServerWebExchange exchange) {
        Map<String, Object> body = new LinkedHashMap<>();
        URI type = problem.getType();
        // RFC 9457: "about:blank" is what an absent type means; spelled out so clients need not know that.
        body.put("type", type != null ? type.toString() : "about:blank");
        body.put("title", problem.getTitle() != null ? problem.getTitle() : reason(problem.getStatus()));
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        URI instance = problem.getInstance();
        body.put(
                "instance",
                instance != null
                        ? instance.toString()
                        : exchange.getRequest().getPath().value());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    private static boolean isRedisFailure(Throwable failure) {
        return failure instanceof DataAccessResourceFailureException
                || failure instanceof QueryTimeoutException
                || failure instanceof RedisException;
    }

    private static boolean isBrokerFailure(Throwable failure) {
        // Kafka's own errors (timeouts included) and Spring Kafka's wrapper around a failed send.
        return failure instanceof KafkaException || failure instanceof org.springframework.kafka.KafkaException;
    }

    private static String reason(int status) {
        HttpStatus resolved = HttpStatus.resolve(status);
        return resolved != null ? resolved.getReasonPhrase() : "Error";
    }
}
