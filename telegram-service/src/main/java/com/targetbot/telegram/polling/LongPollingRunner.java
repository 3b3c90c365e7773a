package com.targetbot.telegram.polling;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.telegram.config.BotProperties;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Fetches updates with {@code getUpdates} (after telegrambots deletes any webhook) and publishes each on
 * {@code telegram.updates}, one at a time and confirmed by Kafka. Telegram forgets an update once the next
 * {@code getUpdates} asks past it, so when publishing fails the session is wound back to that update and
 * it is fetched again; the consumer's {@code update_id} deduplication absorbs what was published twice.
 */
@Component
@Conditional(LongPollingModeCondition.class)
class LongPollingRunner implements SmartLifecycle, LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(LongPollingRunner.class);

    private final BotProperties properties;
    private final EventPublisher publisher;
    private final UpdateJson json = new UpdateJson();
    private @Nullable ScheduledExecutorService poller;
    private @Nullable OkHttpClient http;
    private @Nullable TelegramBotsLongPollingApplication application;
    private volatile @Nullable BotSession session;

    LongPollingRunner(BotProperties properties, EventPublisher publisher) {
        this.properties = properties;
        this.publisher = publisher;
    }

    @Override
    public synchronized void start() {
        var executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("telegram-long-polling").factory());
        var client = new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get();
        var polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> client, () -> executor);
        try {
            // Registered while stopped, so the session is known before its first update can need a rewind.
            polling.stop();
            session = polling.registerBot(
                    properties.token(), properties::telegramUrl, new DefaultGetUpdatesGenerator(), this);
            polling.start();
        } catch (TelegramApiException e) {
            executor.shutdownNow();
            throw new IllegalStateException("Long polling could not start: " + e.getMessage(), e);
        }
        poller = executor;
        http = client;
        application = polling;
        log.info("Long polling {} for updates", properties.apiUrl());
    }

    @Override
    public synchronized void stop() {
        if (application != null) {
            try {
                application.close();
            } catch (Exception e) {
                log.warn("Long polling did not stop cleanly", e);
            }
        }
        if (http != null) {
            // Ends a getUpdates call still waiting on Telegram at once: left open, it would make the next
            // instance's first getUpdates fail with 409. Nothing is lost, the updates were not confirmed.
            http.dispatcher().cancelAll();
            http.connectionPool().evictAll();
        }
        if (poller != null) {
            poller.shutdownNow();
        }
        application = null;
        http = null;
        poller = null;
        session = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return application != null;
    }

    /** Called on the polling thread; it must not throw, or the scheduled polling task would end for good. */
    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                publisher.publish(json.toEvent(update)).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                rewindTo(update);
                return;
            } catch (ExecutionException | RuntimeException e) {
                log.warn("Publishing update {} failed; it will be fetched again", update.getUpdateId(), e);
                rewindTo(update);
                return;
            }
        }
    }

    private void rewindTo(Update update) {
        BotSession current = session;
        if (current != null) {
            current.getLastReceivedUpdate().set(update.getUpdateId() - 1);
        }
    }
}
