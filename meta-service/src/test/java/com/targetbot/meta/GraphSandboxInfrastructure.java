package com.targetbot.meta;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points the service's Graph API client at the JVM's sandbox, through a proxy that tests can take down. */
@TestConfiguration(proxyBeanMethods = false)
public class GraphSandboxInfrastructure {

    @Bean
    DynamicPropertyRegistrar graphSandboxProperties() {
        return registry -> registry.add("targetbot.meta.graph.base-url", GraphProxy::baseUrl);
    }
}
