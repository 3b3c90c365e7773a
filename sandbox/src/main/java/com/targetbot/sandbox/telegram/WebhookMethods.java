package com.targetbot.sandbox.telegram;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** setWebhook, deleteWebhook, getWebhookInfo and getUpdates, with Telegram's checks. */
@Component
class WebhookMethods {

    private static final Pattern SECRET_TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    /** Telegram answers a long poll after at most about 50 seconds whatever timeout was asked. */
    private static final int MAX_POLL_SECONDS = 50;

    private final Updates updates;

    WebhookMethods(Updates updates) {
        this.updates = updates;
    }

    BotReply setWebhook(BotApiParams params) {
        String url = params.text("url").orElse("");
        boolean dropPending = params.flag("drop_pending_updates");
        if (url.isEmpty()) {
            return deleted(updates.deleteWebhook(dropPending));
        }
        checkUrl(url);
        String secret = params.text("secret_token").filter(s -> !s.isEmpty()).orElse(null);
        if (secret != null && !SECRET_TOKEN.matcher(secret).matches()) {
            throw BotApiException.badRequest("secret token contains unallowed characters");
        }
        int maxConnections = params.longValue("max_connections").orElse(40L).intValue();
        if (maxConnections < 1 || maxConnections > 100) {
            throw BotApiException.badRequest("bad webhook: max_connections must be between 1 and 100");
        }
        List<String> allowedUpdates = params.json("allowed_updates", "can't parse allowed updates")
                .map(WebhookMethods::allowedUpdates)
                .orElse(null);
        boolean changed =
                updates.setWebhook(new WebhookRegistration(url, secret, maxConnections, allowedUpdates), dropPending);
        return new BotReply(true, changed ? "Webhook was set" : "Webhook is already set");
    }

    BotReply deleteWebhook(BotApiParams params) {
        return deleted(updates.deleteWebhook(params.flag("drop_pending_updates")));
    }

    BotReply getWebhookInfo(BotApiParams params) {
        return BotReply.of(updates.webhookInfo());
    }

    CompletableFuture<BotReply> getUpdates(BotApiParams params) {
        long offset = params.longValue("offset").orElse(0L);
        int limit = (int) Math.clamp(params.longValue("limit").orElse(100L), 1, 100);
        int timeout = (int) Math.clamp(params.longValue("timeout").orElse(0L), 0, MAX_POLL_SECONDS);
        return updates.poll(offset, limit, timeout).thenApply(BotReply::of);
    }

    private static BotReply deleted(boolean existed) {
        return new BotReply(true, existed ? "Webhook was deleted" : "Webhook is already deleted");
    }

    /** Telegram insists on HTTPS; the sandbox lets plain HTTP through, as its bot runs on localhost. */
    private static void checkUrl(String url) {
        try {
            URI uri = URI.create(url);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw BotApiException.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
            }
        } catch (IllegalArgumentException e) {
            throw BotApiException.badRequest("bad webhook: Failed to resolve host: Name or service not known");
        }
    }

    private static List<String> allowedUpdates(JsonNode node) {
        if (!node.isArray()) {
            throw BotApiException.badRequest("can't parse allowed updates");
        }
        return node.values().stream().map(JsonNode::asString).toList();
    }
}
