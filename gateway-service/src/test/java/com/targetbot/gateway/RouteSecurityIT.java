package com.targetbot.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authorization.AuthorizationWebFilter;
import org.springframework.security.web.server.authorization.DelegatingReactiveAuthorizationManager;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcherEntry;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * An endpoint's route or controller and its security rule, checked against each other: a route without a rule
 * of its own would fall to the catch-all (any role or scope may call it), and a rule that no endpoint reaches
 * first is stale. The OpenAPI side is checked by {@link DashboardAndAdminUiIT}.
 */
class RouteSecurityIT extends GatewayIntegration {

    private static final List<HttpMethod> METHODS =
            List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    /** Served by Boot (actuator), springdoc and the admin UI's static files, not by a route or a controller. */
    private static final List<String> OTHER_ENDPOINTS = List.of(
            "/actuator/health", "/actuator/prometheus", "/admin/", "/api/docs", "/webjars/swagger-ui/index.html");
    /** Routed only where a sandbox is configured ({@code SandboxRoutes}); this context has none. */
    private static final String SANDBOX_ROUTE = "/api/sandbox/telegram/**";

    @Autowired
    SecurityWebFilterChain security;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers;

    @Test
    void everyRoutedPathHasARuleOfItsOwnForReads() {
        List<ServerWebExchangeMatcherEntry<?>> rules = rules();

        assertThat(routedPatterns())
                .isNotEmpty()
                .allSatisfy(pattern -> assertThat(firstRule(rules, HttpMethod.GET, sample(pattern)))
                        .as("the rule for GET %s", pattern)
                        .isLessThan(catchAll(rules)));
    }

    @Test
    void everyRuleIsTheFirstMatchOfSomeEndpoint() {
        List<ServerWebExchangeMatcherEntry<?>> rules = rules();
        Set<Integer> reached = new HashSet<>();
        for (String pattern : routedPatterns()) {
            METHODS.forEach(method -> reached.add(firstRule(rules, method, sample(pattern))));
        }
        controllers.getHandlerMethods().keySet().forEach(mapping -> {
            Set<HttpMethod> methods = mapping.getMethodsCondition().getMethods().stream()
                    .map(method -> HttpMethod.valueOf(method.name()))
                    .collect(Collectors.toSet());
            mapping.getPatternsCondition()
                    .getPatterns()
                    .forEach(pattern -> (methods.isEmpty() ? METHODS : methods)
                            .forEach(method ->
                                    reached.add(firstRule(rules, method, sample(pattern.getPatternString())))));
        });
        OTHER_ENDPOINTS.forEach(path -> reached.add(firstRule(rules, HttpMethod.GET, path)));

        assertThat(IntStream.range(0, catchAll(rules)).boxed().filter(rule -> !reached.contains(rule)))
                .as(
                        "rules that no route, controller or static endpoint reaches first (indexes in SecurityConfiguration)")
                .isEmpty();
    }

    private List<String> routedPatterns() {
        List<String> patterns = new ArrayList<>(routes.getRouteDefinitions()
                .flatMapIterable(RouteDefinition::getPredicates)
                .filter(predicate -> predicate.getName().equals("Path"))
                .flatMapIterable(predicate -> predicate.getArgs().values())
                .collectList()
                .block());
        patterns.add(SANDBOX_ROUTE);
        return patterns;
    }

    /** The authorisation rules in their order; the last one is {@code anyExchange()}. */
    @SuppressWarnings("unchecked")
    private List<ServerWebExchangeMatcherEntry<?>> rules() {
        AuthorizationWebFilter filter = security.getWebFilters()
                .filter(AuthorizationWebFilter.class::isInstance)
                .cast(AuthorizationWebFilter.class)
                .blockFirst();
        Object manager = ReflectionTestUtils.getField(filter, "authorizationManager");
        // Wrapped for observation; the rules are the delegate's.
        while (!(manager instanceof DelegatingReactiveAuthorizationManager)) {
            manager = ReflectionTestUtils.getField(manager, "delegate");
        }
        return (List<ServerWebExchangeMatcherEntry<?>>) ReflectionTestUtils.getField(manager, "mappings");
    }

    private static int catchAll(List<ServerWebExchangeMatcherEntry<?>> rules) {
        return rules.size() - 1;
    }

    private static int firstRule(List<ServerWebExchangeMatcherEntry<?>> rules, HttpMethod method, String path) {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.method(method, path));
        return IntStream.range(0, rules.size())
                .filter(index ->
                        rules.get(index).getMatcher().matches(exchange).block().isMatch())
                .findFirst()
                .orElseThrow();
    }

    /** A concrete path a pattern matches: {@code /api/leads/**} → {@code /api/leads/x}. */
    private static String sample(String pattern) {
        return pattern.replace("/**", "/x").replaceAll("\\{[^}]+}", "x");
    }
}
