package com.targetbot.gateway.apikeys;

import com.targetbot.events.audit.ApiKeyUsed;
import com.targetbot.gateway.web.CommandPublisher;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Logs every request made with a real API key, whatever it was answered (including 401 for an expired or
 * revoked key and 429): an {@link ApiKeyUsed} event on {@code audit.events} and an entry in the key's
 * usage log. Runs outside the security chain so it sees the final status; a presented key counts only when
 * its hash matches a stored key, so nobody can fill another key's log by sending its public prefix.
 * Recording never delays or fails the answer: a lost audit record is logged as a warning instead.
 */
@Component
@Order(-150)
class ApiKeyAuditFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuditFilter.class);

    private final ApiKeyRepository keys;
    private final ApiKeyUsageLog usage;
    private final CommandPublisher publisher;

    ApiKeyAuditFilter(ApiKeyRepository keys, ApiKeyUsageLog usage, CommandPublisher publisher) {
        this.keys = keys;
        this.usage = usage;
        this.publisher = publisher;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String presented = exchange.getRequest().getHeaders().getFirst(ApiKeyWebFilters.HEADER);
        Optional<String> prefix = presented == null ? Optional.empty() : ApiKeys.prefixOf(presented);
        if (presented == null || prefix.isEmpty()) {
            return chain.filter(exchange);
        }
        Instant at = Instant.now();
        exchange.getResponse().beforeCommit(() -> {
            record(exchange, presented, prefix.get(), at);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private void record(ServerWebExchange exchange, String presented, String prefix, Instant at) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        var use = new ApiKeyUsed(
                prefix,
                exchange.getRequest().getMethod().name(),
                exchange.getRequest().getPath().value(),
                status == null ? 200 : status.value(),
                clientIp(exchange),
                at);
        String hash = ApiKeys.hash(presented);
        // A request that authenticated has proven its key; a refused one (revoked, expired) is looked up.
        Mono<Boolean> known = prefix.equals(exchange.getAttribute(ApiKeyWebFilters.VERIFIED_PREFIX))
                ? Mono.just(true)
                : keys.findByHash(hash).map(key -> key.prefix().equals(prefix));
        known.filter(Boolean::booleanValue)
                .flatMap(verified -> usage.record(hash, use).then(publisher.publish(use)))
                .subscribe(
                        null,
                        failure -> log.warn("Could not record a use of API key {}: {}", prefix, failure.toString()));
    }

    private static String clientIp(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote != null && remote.getAddress() != null
                ? remote.getAddress().getHostAddress()
                : "unknown";
    }
}
