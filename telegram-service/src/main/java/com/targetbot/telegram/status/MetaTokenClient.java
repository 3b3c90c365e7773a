package com.targetbot.telegram.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.targetbot.telegram.config.ServiceClients;
import com.targetbot.telegram.config.ServiceUrls;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * meta-service's last check of the Meta token. Read on {@code /status} because meta-service announces only a
 * token's problems, never that it is healthy again (docs/adr/0004-bot-reads-that-stay-synchronous.md).
 */
@Component
class MetaTokenClient {

    /**
     * The last check.
     *
     * @param expiresAt null for a token without an expiry date
     * @param problem what Meta said about an invalid token
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MetaToken(
            boolean valid,
            @Nullable Instant expiresAt,
            Instant checkedAt,
            @Nullable String problem) {}

    private final RestClient meta;

    MetaTokenClient(RestClient.Builder builder, ServiceUrls urls) {
        this.meta = ServiceClients.of(builder, urls.meta());
    }

    /** The last check of the Meta token; empty when meta-service never checked it (it answers 404). */
    Optional<MetaToken> metaToken() {
        try {
            return Optional.ofNullable(meta.get().uri("/meta/token").retrieve().body(MetaToken.class));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
