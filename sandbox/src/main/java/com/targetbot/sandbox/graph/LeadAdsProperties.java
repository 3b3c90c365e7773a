package com.targetbot.sandbox.graph;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the sandbox's Meta app delivers its Lead Ads webhook, as the callback URL set in a real app's webhook
 * settings. Unset: leads are created but no notification is sent (reconciliation still finds them).
 *
 * @param callbackUrl the gateway's {@code /webhooks/meta}
 */
@Validated
@ConfigurationProperties("targetbot.sandbox.graph.lead-ads")
record LeadAdsProperties(@Nullable URI callbackUrl) {}
