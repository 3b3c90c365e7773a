package com.targetbot.sandbox.telegram;

import org.jspecify.annotations.Nullable;

/** A Bot API failure, carrying the HTTP status Telegram uses as {@code error_code} and its description text. */
final class BotApiException extends RuntimeException {

    private final int errorCode;
    private final @Nullable Integer retryAfter;

    private BotApiException(int errorCode, String description, @Nullable Integer retryAfter) {
        super(description);
        this.errorCode = errorCode;
        this.retryAfter = retryAfter;
    }

    static BotApiException badRequest(String reason) {
        return new BotApiException(400, "Bad Request: " + reason, null);
    }

    static BotApiException unauthorized() {
        return new BotApiException(401, "Unauthorized", null);
    }

    static BotApiException forbidden(String reason) {
        return new BotApiException(403, "Forbidden: " + reason, null);
    }

    static BotApiException methodNotFound() {
        return new BotApiException(404, "Not Found: method not found", null);
    }

    static BotApiException conflict(String reason) {
        return new BotApiException(409, "Conflict: " + reason, null);
    }

    static BotApiException tooLarge() {
        return new BotApiException(413, "Request Entity Too Large", null);
    }

    static BotApiException tooManyRequests(int retryAfterSeconds) {
        return new BotApiException(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
    }

    static BotApiException internalError() {
        return new BotApiException(500, "Internal Server Error", null);
    }

    int errorCode() {
        return errorCode;
    }

    @Nullable Integer retryAfter() {
        return retryAfter;
    }
}
