package com.targetbot.gateway.routes;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.FilterDefinition;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Flux;

/**
 * {@code /api/sandbox/telegram/**} to the sandbox's Telegram control API, for the admin UI's bot chat. Declared
 * here rather than in application.yml because it exists only when {@code targetbot.services.sandbox.url}
 * is set: without it the path matches no route and answers 404. A route definition (not a Java DSL route)
 * so that the default filters of application.yml (no cookies forwarded, the principal header) apply to it too.
 * SecurityConfiguration lets only admin sessions of role admin through.
 */
@Configuration(proxyBeanMethods = false)
class SandboxRoutes {

    @Bean
    RouteDefinitionLocator sandboxTelegramRoute(ServicesProperties services) {
        Optional<URI> sandbox = services.sandboxUrl();
        if (sandbox.isEmpty()) {
            return Flux::empty;
        }
        var route = new RouteDefinition();
        route.setId("sandbox-telegram");
        route.setUri(sandbox.get());
        route.setPredicates(List.of(new PredicateDefinition("Path=/api/sandbox/telegram/**")));
        // /api/sandbox/telegram/messages -> /sandbox/telegram/messages
        route.setFilters(List.of(new FilterDefinition("StripPrefix=1")));
        return () -> Flux.just(route);
    }
}
