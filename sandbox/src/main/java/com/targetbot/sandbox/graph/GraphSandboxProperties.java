package com.targetbot.sandbox.graph;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The one Meta app the sandbox knows, and the tokens of its first person and its system user.
 *
 * @param accessToken the first person's long-lived token; the OAuth exchange hands out this same token
 * @param systemUserToken the Business Manager system user's token, which never expires
 * @param hourlyCallBudget the calls an hour that {@code X-App-Usage} reports as 100%
 */
@Validated
@ConfigurationProperties("targetbot.sandbox.graph")
record GraphSandboxProperties(
        @DefaultValue("sandbox-app") @NotBlank String appId,
        @DefaultValue("sandbox-app-secret") @NotBlank String appSecret,
        @DefaultValue("sandbox-user-token") @NotBlank String accessToken,
        @DefaultValue("sandbox-system-user-token") @NotBlank String systemUserToken,
        @DefaultValue("1000") @Positive int hourlyCallBudget) {}
