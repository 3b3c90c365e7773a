package com.targetbot.gateway.auth;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The first admin account, created at start-up when it does not exist yet.
 *
 * @param username its login name
 * @param password its initial password, from {@code TARGETBOT_ADMIN_PASSWORD}; when empty a random one is
 *     generated and logged once
 */
@Validated
@ConfigurationProperties("targetbot.gateway.admin")
record AdminProperties(
        @DefaultValue("admin") @Pattern(regexp = Usernames.PATTERN) String username,

        @Nullable String password) {

    @Override
    public String toString() {
        return "AdminProperties[username=" + username + ", password=<redacted>]";
    }
}
