package com.targetbot.kit.idempotency;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Provides the {@link IdempotencyGuard} to every service. */
@AutoConfiguration(after = DataRedisAutoConfiguration.class)
public class IdempotencyAutoConfiguration {

    @Bean
    IdempotencyGuard idempotencyGuard(
            StringRedisTemplate redis, @Value("${spring.application.name}") String serviceName) {
        return new IdempotencyGuard(redis, serviceName);
    }
}
