package com.targetbot.gateway.ratelimit;

import com.targetbot.gateway.web.ProblemResponses;
import com.targetbot.gateway.web.Requester;
import java.net.InetSocketAddress;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Placed in the security chain right after authentication, so it knows who calls: an API key is limited
 * by its prefix, a call without credentials by its client IP; admin sessions are not limited (they are few
 * and sign-in itself is limited per IP and throttled per account). Only the API is limited: the Telegram
 * webhook, health probes and the SPA's static files are not.
 */
@Component
public class RateLimits {

    private static final String API_KEY_REQUESTER = "api-key:";

    private final RateLimiter limiter;
    private final RateLimitProperties properties;
    private final ProblemResponses problems;

    RateLimits(RateLimiter limiter, RateLimitProperties properties, ProblemResponses problems) {
        this.limiter = limiter;
        this.properties = properties;
        this.problems = problems;
    }

    /** The filter for the security chain (not a bean itself, so WebFlux does not also run it globally). */
    public WebFilter webFilter() {
        return this::filter;
    }

    private Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.startsWith("/api/") && !path.startsWith("/meta/")) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .map(authentication ->
                        authentication.getPrincipal() instanceof Requester requester ? requester.requesterId() : "")
                .defaultIfEmpty("")
                .flatMap(requester -> {
                    if (requester.startsWith(API_KEY_REQUESTER)) {
                        return limiter.hit(
                                "key:" + requester.substring(API_KEY_REQUESTER.length()),
                                properties.perKey(),
                                properties.window());
                    }
                    if (requester.isEmpty()) {
                        return limiter.hit("ip:" + clientIp(exchange), properties.perIp(), properties.window());
                    }
                    return Mono.just(RateLimiter.Decision.ALLOWED);
                })
                .flatMap(decision -> decision.allowed() ? chain.filter(exchange) : tooMany(exchange, decision));
    }

    private Mono<Void> tooMany(ServerWebExchange exchange, RateLimiter.Decision decision) {
        long seconds = decision.retryAfterSeconds();
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(
                exchange,
                ProblemDetail.forStatusAndDetail(
                        HttpStatus.TOO_MANY_REQUESTS, "Rate limit reached; retry in " + seconds + " seconds"),
                headers);
    }

    private static String clientIp(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote != null && remote.getAddress() != null
                ? remote.getAddress().getHostAddress()
                : "unknown";
    }
}
