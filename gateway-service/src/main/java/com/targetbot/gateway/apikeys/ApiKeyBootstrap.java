package com.targetbot.gateway.apikeys;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Stores the bootstrap key from the environment, hashed, with every scope. A key already stored is left
 * as it is, so revoking it in the admin survives restarts.
 */
@Component
class ApiKeyBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyBootstrap.class);

    private final ApiKeyProperties properties;
    private final ApiKeyRepository keys;

    ApiKeyBootstrap(ApiKeyProperties properties, ApiKeyRepository keys) {
        this.properties = properties;
        this.keys = keys;
    }

    @Override
    public void run(ApplicationArguments args) {
        String key = properties.bootstrapKey();
        if (key == null || key.isEmpty()) {
            return;
        }
        String prefix = ApiKeys.prefixOf(key).orElseThrow();
        var record = new ApiKeyRecord(
                ApiKeys.hash(key),
                prefix,
                "bootstrap",
                EnumSet.allOf(Scope.class),
                Instant.now(),
                null,
                null,
                0,
                false);
        if (Boolean.TRUE.equals(keys.createIfAbsent(record).block(Duration.ofSeconds(30)))) {
            log.info("Stored the bootstrap API key {} from TARGETBOT_BOOTSTRAP_API_KEY", prefix);
        }
    }
}
