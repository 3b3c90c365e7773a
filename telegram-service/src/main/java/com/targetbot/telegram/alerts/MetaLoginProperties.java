package com.targetbot.telegram.alerts;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The one setting of the gateway's Facebook Login the bot needs, read under the gateway's own key so that one value
 * serves the login's {@code redirect_uri} and the alerts' reconnect button.
 *
 * @param publicUrl the gateway as browsers reach it ({@code TARGETBOT_GATEWAY_METALOGIN_PUBLICURL})
 */
@Validated
@ConfigurationProperties("targetbot.gateway.meta-login")
record MetaLoginProperties(
        // A link for browsers, not a call of the bot's: named as a browser on this machine reaches the gateway.
        @DefaultValue("http://localhost:8080") @NotNull URI publicUrl) {}
