package com.targetbot.gateway.routes;

import com.targetbot.gateway.web.Requester;
import java.security.Principal;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code PrincipalHeader} route filter: tells the service who asks in {@value Requester#HEADER}
 * ({@code api-key:<prefix>} or {@code admin:<username>}). A value sent by the client is always replaced,
 * so services can trust the header as far as they trust the gateway.
 */
@Component
class PrincipalHeaderGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    PrincipalHeaderGatewayFilterFactory() {
        super(Object.class);
    }

    @Override
    public GatewayFilter apply(Object config) {
        return (exchange, chain) -> exchange.getPrincipal()
                .map(PrincipalHeaderGatewayFilterFactory::requesterId)
                .defaultIfEmpty("")
                .flatMap(principal -> chain.filter(exchange.mutate()
                        .request(request -> request.headers(headers -> {
                            headers.remove(Requester.HEADER);
                            if (!principal.isEmpty()) {
                                headers.set(Requester.HEADER, principal);
                            }
                        }))
                        .build()));
    }

    private static String requesterId(Principal principal) {
        return principal instanceof Authentication authentication
                        && authentication.getPrincipal() instanceof Requester requester
                ? requester.requesterId()
                : "";
    }
}
