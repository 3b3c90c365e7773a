package com.targetbot.telegram.setup;

import com.targetbot.telegram.config.BotProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The webhook is kept only in webhook mode with a public URL; locally the gateway needs none. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    @ConditionalOnExpression("'${targetbot.telegram.bot.webhook-url:}' != ''"
            + " and '${targetbot.telegram.bot.mode:webhook}'.toLowerCase().replace('_', '-') == 'webhook'")
    WebhookKeeper webhookKeeper(TelegramClient client, BotProperties properties) {
        return new WebhookKeeper(client, properties);
    }
}
