package com.targetbot.telegram.setup;

import com.targetbot.telegram.config.BotProperties;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Keeps Telegram's webhook pointed at the gateway: sets it when the service starts, then compares
 * {@code getWebhookInfo} with what it should be at a fixed interval and sets it again when the URL, the
 * update kinds or the connection limit drifted. Telegram never reveals the secret token, so a repair always
 * sends it again.
 */
class WebhookKeeper implements SmartLifecycle {

    /** The update kinds the bot handles; Telegram does not even send the others. */
    static final List<String> ALLOWED_UPDATES =
            List.of("message", "edited_message", "callback_query", "my_chat_member");

    private static final Logger log = LoggerFactory.getLogger(WebhookKeeper.class);

    private final TelegramClient client;
    private final BotProperties properties;
    private volatile ScheduledExecutorService scheduler;

    WebhookKeeper(TelegramClient client, BotProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    /**
     * Compares the registration with the wanted one and repairs it.
     *
     * @return whether it had to be set
     */
    boolean check() throws TelegramApiException {
        String url =
                Objects.requireNonNull(properties.webhookUrl(), "webhook-url").toString();
        WebhookInfo info = client.execute(new GetWebhookInfo());
        if (info.getLastErrorMessage() != null) {
            log.warn("Telegram reports webhook errors: {}", info.getLastErrorMessage());
        }
        boolean current = url.equals(info.getUrl())
                && Objects.equals(info.getMaxConnections(), properties.maxConnections())
                && info.getAllowedUpdates() != null
                && info.getAllowedUpdates().containsAll(ALLOWED_UPDATES)
                && ALLOWED_UPDATES.containsAll(info.getAllowedUpdates());
        if (current) {
            return false;
        }
        client.execute(SetWebhook.builder()
                .url(url)
                .secretToken(
                        properties.webhookSecret() == null
                                        || properties.webhookSecret().isEmpty()
                                ? null
                                : properties.webhookSecret())
                .allowedUpdates(ALLOWED_UPDATES)
                .maxConnections(properties.maxConnections())
                .build());
        log.info("Webhook set to {} (it was {})", url, info.getUrl().isEmpty() ? "unset" : info.getUrl());
        return true;
    }

    private void checkQuietly() {
        try {
            check();
        } catch (TelegramApiException | RuntimeException e) {
            // The next round tries again; updates keep flowing to the old registration meanwhile.
            log.warn("Webhook check failed: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("webhook-keeper").factory());
        long interval = properties.webhookCheckInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::checkQuietly, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        scheduler.shutdownNow();
        scheduler = null;
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
