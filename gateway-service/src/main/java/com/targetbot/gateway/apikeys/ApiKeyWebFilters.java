package com.targetbot.gateway.apikeys;

import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Builds the security filter that authenticates {@code X-Auth-Key} requests. */
public final class ApiKeyWebFilters {

    /** The only place an API key is accepted: never a query parameter, never a cookie. */
    public static final String HEADER = "X-Auth-Key";

    /**
     * Exchange attribute holding the prefix of the key this request authenticated with, so that recording
     * the use need not look the key up a second time.
     */
    static final String VERIFIED_PREFIX = ApiKeyWebFilters.class.getName() + ".verifiedPrefix";

    private ApiKeyWebFilters() {}

    /**
     * A filter that runs only when the header is present and answers 401 through the entry point when the
     * key is malformed, unknown or revoked; the authentication lives for this request only (no session).
     */
    public static AuthenticationWebFilter authenticationFilter(
            ApiKeyAuthenticationManager manager, ServerAuthenticationEntryPoint entryPoint) {
        var filter = new AuthenticationWebFilter(manager);
        filter.setRequiresAuthenticationMatcher(hasKeyHeader());
        filter.setServerAuthenticationConverter(
                exchange -> Mono.justOrEmpty(exchange.getRequest().getHeaders().getFirst(HEADER))
                        .map(ApiKeyAuthenticationToken::presented));
        filter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(entryPoint));
        filter.setAuthenticationSuccessHandler((webFilterExchange, authentication) -> {
            ServerWebExchange exchange = webFilterExchange.getExchange();
            if (authentication.getPrincipal() instanceof ApiKeyPrincipal key) {
                exchange.getAttributes().put(VERIFIED_PREFIX, key.prefix());
            }
            return webFilterExchange.getChain().filter(exchange);
        });
        return filter;
    }

    public static ServerWebExchangeMatcher hasKeyHeader() {
        return exchange -> exchange.getRequest().getHeaders().containsHeader(HEADER)
                ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch();
    }
}
