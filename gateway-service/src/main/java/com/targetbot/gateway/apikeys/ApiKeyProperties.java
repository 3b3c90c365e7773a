package com.targetbot.gateway.apikeys;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param bootstrapKey a key with every scope, from {@code TARGETBOT_BOOTSTRAP_API_KEY}, stored (hashed) at
 *     start-up unless it is already known; empty for none
 */
@Validated
@ConfigurationProperties("targetbot.gateway.api-keys")
record ApiKeyProperties(
        @Nullable @Pattern(regexp = "(" + ApiKeys.PATTERN + ")?")
        String bootstrapKey) {

    @Override
    public String toString() {
        return "ApiKeyProperties[bootstrapKey=<redacted>]";
    }
}
