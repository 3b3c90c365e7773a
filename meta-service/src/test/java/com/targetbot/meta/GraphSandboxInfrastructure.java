package com.targetbot.meta;

import com.targetbot.testkit.SandboxFixture;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points the service's Graph API client at the JVM's sandbox. */
@TestConfiguration(proxyBeanMethods = false)
public class GraphSandboxInfrastructure {

    @Bean
    DynamicPropertyRegistrar graphSandboxProperties() {
        return registry -> registry.add("targetbot.meta.graph.base-url", SandboxFixture::baseUrl);
    }
}
