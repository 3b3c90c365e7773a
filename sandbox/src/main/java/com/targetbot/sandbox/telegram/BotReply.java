package com.targetbot.sandbox.telegram;

import org.jspecify.annotations.Nullable;

/** A successful method result; a few methods (setWebhook, deleteWebhook) also say what happened. */
record BotReply(Object result, @Nullable String description) {

    static BotReply of(Object result) {
        return new BotReply(result, null);
    }
}
