package com.targetbot.reports.storage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Connection to the S3-compatible object store (MinIO, s3proxy, AWS).
 *
 * @param endpoint where this service reaches the store
 * @param accessKey access key; the default only fits the local stack
 * @param secretKey secret key; the default only fits the local stack, set it from the environment elsewhere
 * @param region signing region; set explicitly so signing never has to ask the store
 * @param publicEndpoint where browsers reach the store, for presigned links, when that differs from
 *     {@code endpoint} (e.g. a cluster-internal endpoint behind a public host name)
 */
@Validated
@ConfigurationProperties("targetbot.s3")
record S3Properties(
        @DefaultValue("http://127.0.0.1:9000") @NotNull URI endpoint,
        @DefaultValue("targetbot-local") @NotBlank String accessKey,
        @DefaultValue("targetbot-local-secret") @NotBlank String secretKey,
        @DefaultValue("us-east-1") @NotBlank String region,
        @Nullable URI publicEndpoint) {

    URI linkEndpoint() {
        return publicEndpoint == null ? endpoint : publicEndpoint;
    }

    @Override
    public String toString() {
        return "S3Properties[endpoint=" + endpoint + ", accessKey=" + accessKey + ", secretKey=******, region=" + region
                + ", publicEndpoint=" + publicEndpoint + "]";
    }
}
