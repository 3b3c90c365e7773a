package com.targetbot.sandbox.telegram;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What setWebhook registered; Telegram keeps one webhook per bot. */
record WebhookRegistration(
        String url,
        @Nullable String secretToken,
        int maxConnections,
        @Nullable List<String> allowedUpdates) {}
