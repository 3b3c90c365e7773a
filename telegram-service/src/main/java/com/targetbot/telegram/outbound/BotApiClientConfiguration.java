package com.targetbot.telegram.outbound;

import com.targetbot.telegram.config.BotProperties;
import com.targetbot.telegram.users.BotUserRepository;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Bot API client the sender uses: the real telegrambots client, pointed at the configured API. */
@Configuration(proxyBeanMethods = false)
class BotApiClientConfiguration implements DisposableBean {

    // A bounded call keeps one unanswered request from holding a partition for good; the retry takes over.
    private final OkHttpClient http =
            new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build();

    @Bean
    TelegramClient telegramClient(BotProperties properties) {
        return new OkHttpTelegramClient(http, properties.token(), properties.telegramUrl());
    }

    @Bean
    BotApiSender botApiSender(
            TelegramClient telegramClient,
            BotUserRepository users,
            BotProperties properties,
            DeliveryProperties delivery) {
        return new BotApiSender(
                telegramClient, users, properties.maxRetryAfter(), Thread::sleep, Throttle.within(delivery));
    }

    @Override
    public void destroy() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
