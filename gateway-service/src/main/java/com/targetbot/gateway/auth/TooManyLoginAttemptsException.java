package com.targetbot.gateway.auth;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Too many failed logins: 429 with {@code Retry-After} in seconds until the window ends. */
class TooManyLoginAttemptsException extends ErrorResponseException {

    TooManyLoginAttemptsException(Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS);
        long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        setDetail("Too many failed logins; try again in " + seconds + " seconds");
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }
}
