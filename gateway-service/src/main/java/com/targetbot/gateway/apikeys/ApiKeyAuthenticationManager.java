package com.targetbot.gateway.apikeys;

import java.time.Instant;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Checks a presented key against the stored hashes: one Redis read on the request's path. The use is
 * recorded after the answer by {@link ApiKeyAuditFilter}.
 */
@Component
public class ApiKeyAuthenticationManager implements ReactiveAuthenticationManager {

    private final ApiKeyRepository keys;

    ApiKeyAuthenticationManager(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        if (!(authentication.getCredentials() instanceof String presented)
                || ApiKeys.prefixOf(presented).isEmpty()) {
            return Mono.error(new BadCredentialsException("Malformed API key"));
        }
        Instant now = Instant.now();
        return keys.findByHash(ApiKeys.hash(presented))
                .filter(key -> !key.revoked())
                .switchIfEmpty(Mono.error(() -> new BadCredentialsException("Unknown or revoked API key")))
                .filter(key -> !key.expiredAt(now))
                .switchIfEmpty(Mono.error(() -> new BadCredentialsException("API key expired")))
                .map(key -> ApiKeyAuthenticationToken.verified(
                        new ApiKeyPrincipal(key.prefix(), key.label(), key.scopes())));
    }
}
