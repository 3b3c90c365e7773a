package com.targetbot.gateway.routes;

import com.targetbot.gateway.auth.AdminPrincipal;
import com.targetbot.gateway.web.Requester;
import java.security.Principal;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code PrincipalHeader} route filter: tells the service who asks in {@value Requester#HEADER}
 * ({@code api-key:<prefix>} or {@code admin:<username>}) and, for an admin-UI session, its role in
 * {@value #ROLE_HEADER} ({@code admin}, {@code manager}, {@code viewer}), which services use for what depends on
 * ownership (a manager's own projects). Values sent by the client are always replaced, so services can trust the
 * headers as far as they trust the gateway.
 */
@Component
class PrincipalHeaderGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    static final String ROLE_HEADER = "X-TargetBot-Role";

    PrincipalHeaderGatewayFilterFactory() {
        super(Object.class);
    }

    @Override
    public GatewayFilter apply(Object config) {
        return (exchange, chain) -> exchange.getPrincipal()
                .map(PrincipalHeaderGatewayFilterFactory::requester)
                .defaultIfEmpty(Optional.empty())
                .flatMap(requester -> chain.filter(exchange.mutate()
                        .request(request -> request.headers(headers -> {
                            headers.remove(Requester.HEADER);
                            headers.remove(ROLE_HEADER);
                            requester.ifPresent(known -> {
                                headers.set(Requester.HEADER, known.requesterId());
                                if (known instanceof AdminPrincipal admin) {
                                    headers.set(ROLE_HEADER, admin.role().wireName());
                                }
                            });
                        }))
                        .build()));
    }

    private static Optional<Requester> requester(Principal principal) {
        return principal instanceof Authentication authentication
                        && authentication.getPrincipal() instanceof Requester requester
                ? Optional.of(requester)
                : Optional.empty();
    }
}
