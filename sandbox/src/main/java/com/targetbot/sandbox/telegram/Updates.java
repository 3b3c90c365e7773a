package com.targetbot.sandbox.telegram;

import com.targetbot.sandbox.telegram.TelegramObjects.WebhookInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The bot's incoming updates: Telegram keeps them until they are confirmed (getUpdates with a higher offset) or
 * taken by the webhook with a 2xx. A webhook and getUpdates exclude each other; a second concurrent getUpdates
 * ends the first one with 409, as with Telegram.
 */
@Component
class Updates implements AutoCloseable {

    private static final String WEBHOOK_ACTIVE =
            "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";

    private final WebhookClient webhookClient;
    private final AtomicInteger lastUpdateId = new AtomicInteger(initialUpdateId());
    /** Webhook deliveries run one at a time and in order, like Telegram's per-bot queue. */
    private final ReentrantLock deliveryLock = new ReentrantLock();

    // Guarded by this.
    private final Deque<Pending> pending = new ArrayDeque<>();
    private @Nullable WebhookRegistration webhook;
    private @Nullable Instant lastErrorAt;
    private @Nullable String lastError;
    private @Nullable Poll poll;

    Updates(WebhookClient webhookClient) {
        this.webhookClient = webhookClient;
    }

    int nextUpdateId() {
        return lastUpdateId.incrementAndGet();
    }

    /**
     * Queues an update and, with a webhook set, delivers what is pending in order, stopping at the first failure
     * (the rest waits for the next update, as Telegram retries later).
     */
    Delivery publish(int updateId, JsonNode update) {
        synchronized (this) {
            pending.addLast(new Pending(updateId, update));
            if (webhook == null) {
                wakePoll();
                return new Delivery(updateId, "queued", null);
            }
        }
        return deliverPending(updateId);
    }

    CompletableFuture<List<JsonNode>> poll(long offset, int limit, int timeoutSeconds) {
        Poll next;
        synchronized (this) {
            if (webhook != null) {
                throw BotApiException.conflict(WEBHOOK_ACTIVE);
            }
            confirm(offset);
            List<JsonNode> ready = take(limit);
            if (!ready.isEmpty() || timeoutSeconds == 0) {
                return CompletableFuture.completedFuture(ready);
            }
            if (poll != null) {
                poll.result.completeExceptionally(BotApiException.conflict(
                        "terminated by other getUpdates request; make sure that only one bot instance is running"));
            }
            next = new Poll(limit, new CompletableFuture<>());
            poll = next;
        }
        next.result.whenComplete((updates, error) -> forget(next));
        return next.result.completeOnTimeout(List.of(), timeoutSeconds, TimeUnit.SECONDS);
    }

    /** Registers the webhook; answers whether it changed anything (Telegram says "already set" otherwise). */
    boolean setWebhook(WebhookRegistration registration, boolean dropPending) {
        synchronized (this) {
            if (dropPending) {
                pending.clear();
            }
            boolean changed = !registration.equals(webhook);
            webhook = registration;
            lastError = null;
            lastErrorAt = null;
            if (poll != null) {
                poll.result.completeExceptionally(BotApiException.conflict(WEBHOOK_ACTIVE));
            }
            return changed;
        }
    }

    synchronized boolean deleteWebhook(boolean dropPending) {
        if (dropPending) {
            pending.clear();
        }
        boolean existed = webhook != null;
        webhook = null;
        return existed;
    }

    synchronized WebhookInfo webhookInfo() {
        if (webhook == null) {
            return new WebhookInfo("", false, pending.size(), null, null, null, null, null);
        }
        Long errorDate = lastErrorAt == null ? null : lastErrorAt.getEpochSecond();
        return new WebhookInfo(
                webhook.url(),
                false,
                pending.size(),
                "127.0.0.1",
                errorDate,
                lastError,
                webhook.maxConnections(),
                webhook.allowedUpdates());
    }

    /** Forgets webhook and pending updates; update ids keep increasing so that consumers never see one twice. */
    synchronized void reset() {
        pending.clear();
        webhook = null;
        lastError = null;
        lastErrorAt = null;
        wakePoll();
    }

    @Override
    public synchronized void close() {
        if (poll != null) {
            poll.result.complete(List.of());
        }
    }

    private Delivery deliverPending(int updateId) {
        deliveryLock.lock();
        try {
            Integer status = null;
            while (true) {
                Pending next;
                WebhookRegistration target;
                synchronized (this) {
                    next = pending.peekFirst();
                    target = webhook;
                }
                if (next == null || target == null) {
                    break;
                }
                WebhookClient.Attempt attempt = webhookClient.post(target, next.update());
                status = attempt.status();
                synchronized (this) {
                    if (!attempt.delivered()) {
                        lastError = attempt.error();
                        lastErrorAt = Instant.now();
                        break;
                    }
                    pending.remove(next);
                }
            }
            boolean delivered;
            synchronized (this) {
                delivered = pending.stream().noneMatch(p -> p.updateId() == updateId);
            }
            return new Delivery(updateId, delivered ? "webhook" : "queued", status);
        } finally {
            deliveryLock.unlock();
        }
    }

    private void confirm(long offset) {
        if (offset < 0) {
            // A negative offset keeps only the last -offset updates, as documented for getUpdates.
            while (pending.size() > -offset) {
                pending.removeFirst();
            }
        } else {
            pending.removeIf(p -> p.updateId() < offset);
        }
    }

    private List<JsonNode> take(int limit) {
        return pending.stream().limit(limit).map(Pending::update).toList();
    }

    private void wakePoll() {
        if (poll != null) {
            poll.result.complete(take(poll.limit()));
        }
    }

    private synchronized void forget(Poll finished) {
        if (poll == finished) {
            poll = null;
        }
    }

    /**
     * Telegram's update ids fit in 32 bits and only grow. Starting from the clock keeps ids from an earlier run of
     * the sandbox below new ones, so consumers that remember seen ids (idempotency guards) never drop a new update.
     */
    private static int initialUpdateId() {
        Instant base = LocalDate.of(2024, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return (int) Math.min(
                Integer.MAX_VALUE / 2, Duration.between(base, Instant.now()).toSeconds() * 10);
    }

    private record Pending(int updateId, JsonNode update) {}

    private record Poll(int limit, CompletableFuture<List<JsonNode>> result) {}

    /** How a played update went: to the webhook (with its HTTP status) or into the queue. */
    record Delivery(
            int updateId, String delivered, @Nullable Integer webhookStatus) {}
}
