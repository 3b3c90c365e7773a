package com.targetbot.telegram;

import com.targetbot.testkit.SandboxFixture;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points the bot at the JVM's sandbox instead of the Bot API, and gives tests its control API. */
@TestConfiguration(proxyBeanMethods = false)
public class SandboxTestInfrastructure {

    @Bean
    DynamicPropertyRegistrar botApiUrl() {
        return registry -> registry.add("targetbot.telegram.bot.api-url", SandboxFixture::baseUrl);
    }

    @Bean
    SandboxTelegram sandboxTelegram() {
        return new SandboxTelegram(SandboxFixture.baseUrl());
    }
}
