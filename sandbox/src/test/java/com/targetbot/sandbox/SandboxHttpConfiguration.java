package com.targetbot.sandbox;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/** A {@link SandboxHttp} aimed at the running sandbox, for the tests of {@link SandboxTest} to inject. */
@TestConfiguration(proxyBeanMethods = false)
class SandboxHttpConfiguration {

    /** Lazy: the random port is known only once the server has started, after the context is refreshed. */
    @Bean
    @Lazy
    SandboxHttp sandboxHttp(Environment environment) {
        return new SandboxHttp("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"));
    }
}
