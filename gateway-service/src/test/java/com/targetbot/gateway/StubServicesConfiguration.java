package com.targetbot.gateway;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points every downstream service address of the gateway at the in-test stub server. */
@TestConfiguration(proxyBeanMethods = false)
class StubServicesConfiguration {

    @Bean(destroyMethod = "close")
    StubServices stubServices() {
        return StubServices.start();
    }

    @Bean
    DynamicPropertyRegistrar stubServiceAddresses(StubServices stubs) {
        return registry -> {
            for (String service : new String[] {"leads", "telegram", "meta", "reports"}) {
                registry.add("targetbot.services." + service + ".url", stubs::uri);
            }
        };
    }
}
