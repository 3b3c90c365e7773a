package com.targetbot.gateway.dashboard;

import com.targetbot.gateway.routes.ServicesProperties;
import com.targetbot.gateway.web.Requester;
import java.net.URI;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/dashboard}: one summary from the services' own read APIs, called in parallel. A slow or
 * failed service costs its own numbers only, never the whole answer.
 */
@RestController
class DashboardController {

    private static final Logger log = LoggerFactory.getLogger(DashboardController.class);

    private final WebClient client;
    private final ServicesProperties services;
    private final DashboardProperties properties;

    DashboardController(WebClient.Builder builder, ServicesProperties services, DashboardProperties properties) {
        this.client = builder.build();
        this.services = services;
        this.properties = properties;
    }

    @GetMapping("/api/dashboard")
    Mono<Dashboard> dashboard(@AuthenticationPrincipal Requester requester) {
        Mono<Part<Dashboard.Leads>> leads = fetch(
                requester,
                services.leads().url().resolve("/leads/stats"),
                "leads-service",
                DashboardController::leads,
                Dashboard.Leads.UNKNOWN);
        Mono<Part<Dashboard.Reports>> reports = fetch(
                requester,
                services.reports().url().resolve("/reports?limit=1"),
                "reports-service",
                body -> new Dashboard.Reports(body.path("total").asLong()),
                Dashboard.Reports.UNKNOWN);
        Mono<Part<Dashboard.Meta>> meta = fetch(
                requester,
                services.meta().url().resolve("/meta/stats"),
                "meta-service",
                DashboardController::meta,
                Dashboard.Meta.UNKNOWN);
        return Mono.zip(leads, reports, meta)
                .map(parts -> new Dashboard(
                        parts.getT1().value(),
                        parts.getT2().value(),
                        parts.getT3().value(),
                        Stream.of(parts.getT1(), parts.getT2(), parts.getT3())
                                .map(Part::unavailable)
                                .filter(Objects::nonNull)
                                .toList()));
    }

    /** The service's answer, or the fallback (naming the service as unavailable) when it failed or was slow. */
    private <T> Mono<Part<T>> fetch(
            Requester requester, URI uri, String service, Function<JsonNode, T> mapping, T fallback) {
        return client.get()
                .uri(uri)
                .header(Requester.HEADER, requester.requesterId())
                .retrieve()
                .bodyToMono(JsonNode.class)
                .timeout(properties.timeout())
                .map(body -> new Part<>(mapping.apply(body), null))
                .onErrorResume(failure -> {
                    // meta-service answers 404 until the first sync: nothing to show, but nothing is wrong.
                    if (failure instanceof WebClientResponseException response
                            && response.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                        return Mono.just(new Part<>(fallback, null));
                    }
                    log.warn("Dashboard: {} did not answer {}: {}", service, uri, failure.toString());
                    return Mono.just(new Part<>(fallback, service));
                })
                .defaultIfEmpty(new Part<>(fallback, service));
    }

    private static Dashboard.Leads leads(JsonNode body) {
        return new Dashboard.Leads(number(body.path("total")), number(body.path("today")));
    }

    private static Dashboard.Meta meta(JsonNode body) {
        JsonNode syncedAt = body.path("syncedAt");
        JsonNode totals = body.path("totals");
        return new Dashboard.Meta(
                syncedAt.isString() ? syncedAt.stringValue() : null,
                number(totals.path("adAccounts")),
                number(totals.path("campaigns")));
    }

    private static @Nullable Long number(JsonNode value) {
        return value.isIntegralNumber() ? value.longValue() : null;
    }

    private record Part<T>(T value, @Nullable String unavailable) {}
}
