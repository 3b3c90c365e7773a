package com.targetbot.gateway.meta;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Connecting a Meta account through Facebook Login ({@code /auth/facebook}).
 *
 * @param dialogUrl where the browser finds the login dialog: {@code https://www.facebook.com}, or the sandbox as the
 *     browser reaches it
 * @param graphVersion the Graph API version of the dialog, the one meta-service calls
 * @param appId the Meta app ({@code client_id}); its secret stays in meta-service
 * @param publicUrl the gateway as the browser reaches it: the callback {@code <publicUrl>/auth/facebook/callback} must
 *     be listed in the app's "Valid OAuth Redirect URIs"
 * @param scopes the permissions asked for: what the sync, statistics and Lead Ads need
 * @param stateTtl how long a started login may take; its {@code state} is then forgotten
 * @param exchangeTimeout how long meta-service may take to exchange the code and vet the token
 */
@Validated
@ConfigurationProperties("targetbot.gateway.meta-login")
record MetaLoginProperties(
        @DefaultValue("https://www.facebook.com") @NotNull URI dialogUrl,

        @DefaultValue("v23.0") @Pattern(regexp = "v\\d+\\.\\d+") String graphVersion,

        @DefaultValue("sandbox-app") @NotBlank String appId,
        @DefaultValue("http://127.0.0.1:8080") @NotNull URI publicUrl,

        @DefaultValue({
            "ads_read",
            "ads_management",
            "leads_retrieval",
            "pages_show_list",
            "pages_manage_metadata",
            "pages_read_engagement",
            "business_management"
        })
        @NotEmpty List<String> scopes,

        @DefaultValue("10m") @NotNull Duration stateTtl,
        @DefaultValue("20s") @NotNull Duration exchangeTimeout) {

    String callbackUrl() {
        return publicUrl.toString().replaceAll("/+$", "") + MetaLoginController.CALLBACK;
    }
}
