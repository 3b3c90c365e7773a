package com.targetbot.telegram.outbound;

/** Telegram's flood control refused a message; it is retried after the {@code retry_after} pause. */
class RateLimitedException extends RuntimeException {

    RateLimitedException(String message) {
        super(message);
    }
}
