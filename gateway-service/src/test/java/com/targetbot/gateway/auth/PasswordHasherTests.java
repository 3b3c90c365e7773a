package com.targetbot.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.ErrorResponseException;

class PasswordHasherTests {

    private final CountDownLatch release = new CountDownLatch(1);
    private final PasswordEncoder stuckEncoder = new PasswordEncoder() {
        @Override
        public String encode(CharSequence rawPassword) {
            await();
            return "hash";
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            await();
            return true;
        }
    };
    private final PasswordHasher hasher = new PasswordHasher(stuckEncoder, Duration.ofMillis(200));

    @AfterEach
    void releaseAndStop() {
        release.countDown();
        hasher.destroy();
    }

    @Test
    void hashThatDoesNotFinishInTimeIsAServiceUnavailableProblemInsteadOfAHangingRequest() {
        assertThatThrownBy(() -> hasher.matches("password", "hash").block(Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(ErrorResponseException.class, error -> {
                    assertThat(error.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(error.getHeaders().getFirst("Retry-After")).isEqualTo("5");
                });
    }

    @Test
    void hashThatFinishesInTimeAnswers() {
        release.countDown();

        assertThat(hasher.matches("password", "hash").block(Duration.ofSeconds(5)))
                .isTrue();
    }

    private void await() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
