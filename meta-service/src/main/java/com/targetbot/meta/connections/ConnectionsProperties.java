package com.targetbot.meta.connections;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How Meta connections are made and kept.
 *
 * @param requiredScopes the permissions a token must carry to be stored: what the sync, statistics and Lead Ads need
 * @param encryption the keys tokens are encrypted with at rest
 * @param bootstrapToken a token from the environment ({@code META_ACCESS_TOKEN}) stored at start as the
 *     {@code configured} system-user connection; unset, nothing is bootstrapped
 */
@Validated
@ConfigurationProperties("targetbot.meta.connections")
record ConnectionsProperties(
        @NotEmpty List<@NotBlank String> requiredScopes,
        @NotNull @Valid Encryption encryption,
        @Nullable String bootstrapToken) {

    /**
     * AES-256-GCM keys by id. New ciphertexts use {@code currentKeyId}; every id still listed decrypts what it
     * encrypted, so a key is rotated by adding a new one, making it current, and dropping the old one once every
     * token was re-encrypted (a token read under an old key is re-encrypted under the current one).
     *
     * @param currentKeyId the key new ciphertexts are made with
     * @param keys key id ({@code [A-Za-z0-9_-]+}) to the base64 of 32 random bytes
     */
    record Encryption(
            @NotBlank String currentKeyId, @NotEmpty Map<String, String> keys) {

        /** Keys are secrets: only their ids are shown. */
        @Override
        public String toString() {
            return "Encryption[currentKeyId=" + currentKeyId + ", keyIds=" + keys.keySet() + "]";
        }
    }

    @Override
    public String toString() {
        return "ConnectionsProperties[requiredScopes=" + requiredScopes + ", encryption=" + encryption
                + ", bootstrapToken=" + (bootstrapToken == null || bootstrapToken.isBlank() ? "unset" : "set") + "]";
    }
}
