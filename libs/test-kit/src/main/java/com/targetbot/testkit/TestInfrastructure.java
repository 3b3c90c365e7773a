package com.targetbot.testkit;

import java.util.List;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Points a Spring test context at the JVM's real Kafka broker and Redis server. */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

    @Bean
    KafkaConnectionDetails kafkaConnectionDetails() {
        String servers = KafkaFixture.bootstrapServers();
        return () -> List.of(servers.split(","));
    }

    @Bean
    DataRedisConnectionDetails redisConnectionDetails() {
        int port = RedisFixture.port();
        return new DataRedisConnectionDetails() {
            @Override
            public Standalone getStandalone() {
                return Standalone.of("127.0.0.1", port);
            }
        };
    }
}
