package com.targetbot.sandbox.telegram;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The envelope of every Bot API answer: {@code ok} with a {@code result}, or an error code and description. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record BotApiResponse(
        boolean ok,
        @Nullable Object result,
        @Nullable Integer errorCode,
        @Nullable String description,
        @Nullable Parameters parameters) {

    static BotApiResponse success(BotReply reply) {
        return new BotApiResponse(true, reply.result(), null, reply.description(), null);
    }

    static BotApiResponse failure(BotApiException e) {
        Parameters parameters = e.retryAfter() == null ? null : new Parameters(e.retryAfter());
        return new BotApiResponse(false, null, e.errorCode(), e.getMessage(), parameters);
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Parameters(int retryAfter) {}
}
