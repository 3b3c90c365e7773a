package com.targetbot.meta.graph;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where and as whom the service calls the Graph API. The defaults point at the local sandbox; in
 * production the secret comes from the environment ({@code META_APP_SECRET}). The tokens calls are made with are the
 * connections' ({@code com.targetbot.meta.connections}).
 *
 * @param baseUrl Graph API root, {@code https://graph.facebook.com} in production
 * @param version pinned Graph API version; Meta supports a version at least 90 days after its successor
 * @param appId the Meta app
 * @param appSecret the app secret, the key of {@code appsecret_proof}
 * @param pageSize items asked for per page of an edge: Graph serves up to 100, and a page is a call against the
 *     account's hourly allowance, so the default asks for the most
 * @param maxPages pages read of one edge before the read is refused, so a cursor loop cannot run forever
 * @param connectTimeout TCP connect timeout
 * @param readTimeout how long one response may take
 */
@Validated
@ConfigurationProperties("targetbot.meta.graph")
record GraphProperties(
        @DefaultValue("http://127.0.0.1:8089") @NotNull URI baseUrl,

        @DefaultValue("v23.0") @Pattern(regexp = "v\\d+\\.\\d+") String version,

        @DefaultValue("sandbox-app") @NotBlank String appId,
        @DefaultValue("sandbox-app-secret") @NotBlank String appSecret,
        @DefaultValue("100") @Min(1) @Max(100) int pageSize,
        @DefaultValue("400") @Min(1) int maxPages,
        @DefaultValue("5s") @NotNull Duration connectTimeout,
        @DefaultValue("30s") @NotNull Duration readTimeout) {

    /** Leaves the secrets out, since configuration records end up in logs and actuator output. */
    @Override
    public String toString() {
        return "GraphProperties[baseUrl=" + baseUrl + ", version=" + version + ", appId=" + appId + ", pageSize="
                + pageSize + ", maxPages=" + maxPages + "]";
    }
}
