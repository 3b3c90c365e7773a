package com.targetbot.testkit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points a Spring test context at the JVM's real S3 server through the {@code targetbot.s3.*} properties. */
@TestConfiguration(proxyBeanMethods = false)
public class S3TestInfrastructure {

    @Bean
    DynamicPropertyRegistrar s3Properties() {
        return registry -> {
            registry.add("targetbot.s3.endpoint", S3Fixture::endpoint);
            registry.add("targetbot.s3.access-key", () -> S3Fixture.ACCESS_KEY);
            registry.add("targetbot.s3.secret-key", () -> S3Fixture.SECRET_KEY);
        };
    }
}
