package com.targetbot.telegram;

import com.targetbot.testkit.SandboxFixture;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points the bot at the JVM's sandbox instead of the Bot API and at {@link ServiceStubs} instead of the
 * other services, names one configured bot admin, and gives tests the sandbox's control API.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SandboxTestInfrastructure {

    /** The Telegram user configured as a bot admin; outside the range of {@link TelegramUpdates#newUserId()}. */
    public static final long CONFIGURED_ADMIN = 555_000_001L;

    @Bean
    DynamicPropertyRegistrar botApiUrl() {
        return registry -> {
            registry.add("targetbot.telegram.bot.api-url", SandboxFixture::baseUrl);
            registry.add("targetbot.services.leads.url", ServiceStubs::baseUrl);
            registry.add("targetbot.services.reports.url", ServiceStubs::baseUrl);
            registry.add("targetbot.services.meta.url", ServiceStubs::baseUrl);
            registry.add("targetbot.telegram.admins", () -> Long.toString(CONFIGURED_ADMIN));
        };
    }

    @Bean
    SandboxTelegram sandboxTelegram() {
        return new SandboxTelegram(SandboxFixture.baseUrl());
    }
}
