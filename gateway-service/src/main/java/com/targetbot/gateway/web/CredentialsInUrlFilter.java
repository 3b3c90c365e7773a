package com.targetbot.gateway.web;

import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses credentials in query strings before any authentication runs: URLs end up in logs, browser
 * history and Referer headers (the system this replaces opened its admin page with {@code ?key=}).
 */
@Component
@Order(-200)
class CredentialsInUrlFilter implements WebFilter {

    private static final Set<String> CREDENTIAL_PARAMETERS = Set.of(
            "key",
            "api_key",
            "apikey",
            "api-key",
            "auth_key",
            "x-auth-key",
            "password",
            "passwd",
            "secret",
            "token",
            "access_token");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<FieldError> offending = exchange.getRequest().getQueryParams().keySet().stream()
                .filter(name -> CREDENTIAL_PARAMETERS.contains(name.toLowerCase(Locale.ROOT)))
                .map(name -> new FieldError(
                        name,
                        FieldErrorCode.NOT_ALLOWED,
                        "credentials are never accepted in the URL; send an API key in X-Auth-Key"))
                .toList();
        if (!offending.isEmpty()) {
            return Mono.error(new InvalidRequestException("Credentials must not be sent in the URL", offending));
        }
        return chain.filter(exchange);
    }
}
