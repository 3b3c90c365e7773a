package com.targetbot.gateway.auth;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Argon2id off the event loop, on a pool of its own: one thread per core (the hash is CPU-bound and
 * takes 16 MiB each, so more threads only add memory) with a bounded queue. It used to share Reactor's
 * bounded-elastic pool, where a login's hash could queue behind unrelated blocking work on the same
 * worker and wait without any bound; now a login waits at most {@link #MAX_WAIT} and is answered 503.
 */
@Component
class PasswordHasher implements DisposableBean {

    static final Duration MAX_WAIT = Duration.ofSeconds(10);
    private static final int QUEUED_HASHES = 256;

    private final PasswordEncoder encoder;
    private final Duration maxWait;
    private final Scheduler scheduler =
            Schedulers.newBoundedElastic(Runtime.getRuntime().availableProcessors(), QUEUED_HASHES, "argon2", 60, true);

    @Autowired
    PasswordHasher(PasswordEncoder encoder) {
        this(encoder, MAX_WAIT);
    }

    PasswordHasher(PasswordEncoder encoder, Duration maxWait) {
        this.encoder = encoder;
        this.maxWait = maxWait;
    }

    Mono<Boolean> matches(String password, String hash) {
        return bounded(Mono.fromCallable(() -> encoder.matches(password, hash)));
    }

    Mono<String> hash(String password) {
        return bounded(Mono.fromCallable(() -> encoder.encode(password)));
    }

    private <T> Mono<T> bounded(Mono<T> work) {
        return work.subscribeOn(scheduler)
                .timeout(maxWait)
                .onErrorMap(
                        failure -> failure instanceof TimeoutException || failure instanceof RejectedExecutionException,
                        PasswordHasher::busy);
    }

    private static ErrorResponseException busy(Throwable cause) {
        var error = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, cause);
        error.setDetail("Too many sign-ins at once; retry in a few seconds");
        error.getHeaders().set("Retry-After", "5");
        return error;
    }

    @Override
    public void destroy() {
        scheduler.dispose();
    }
}
