package com.targetbot.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

class DashboardAndAdminUiIT extends GatewayIntegration {

    @Test
    void dashboardComposesTheServicesAndDegradesTheOneThatFails() {
        EntityExchangeResult<byte[]> result = signedInAdmin().get("/api/dashboard");

        assertThat(result.getStatus()).isEqualTo(HttpStatus.OK);
        JsonNode dashboard = Browser.json(result);
        assertThat(dashboard.path("leads").path("total").longValue()).isEqualTo(3);
        assertThat(dashboard.path("leads").path("today").longValue()).isEqualTo(1);
        assertThat(dashboard.path("reports").path("total").isNull()).isTrue();
        assertThat(dashboard.path("meta").path("syncedAt").isNull()).isTrue();
        assertThat(dashboard.path("unavailable").toString()).isEqualTo("[\"reports-service\"]");
    }

    @Test
    void adminPathRedirectsToTheSpaWithSecurityHeaders() {
        client.get()
                .uri("/admin")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.MOVED_PERMANENTLY)
                .expectHeader()
                .location("/admin/")
                .expectHeader()
                .value("Content-Security-Policy", csp -> assertThat(csp).contains("default-src 'self'"))
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff");
    }

    /** The test classpath holds a stand-in index and asset for the admin-ui jar's files. */
    @Test
    void spaIndexIsServedUncachedAndItsAssetsStatically() {
        client.get()
                .uri("/admin/")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader()
                .cacheControl(CacheControl.noCache())
                .expectBody(String.class)
                .value(html -> assertThat(html).contains("/admin/assets/app.js"));
        client.get()
                .uri("/admin/assets/app.js")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void openApiDocumentIsPublicAndDescribesTheGatewaysEndpointsWithProblemErrors() {
        EntityExchangeResult<byte[]> result = client.get()
                .uri("/api/docs/openapi.json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult();

        JsonNode document = Browser.json(result);
        assertThat(document.path("paths").propertyNames())
                .contains(
                        "/api/auth/login",
                        "/api/auth/password",
                        "/api/admins",
                        "/api/admins/{username}",
                        "/api/keys",
                        "/api/keys/{prefix}/usage",
                        "/api/leads",
                        "/api/reports",
                        "/meta/sync",
                        "/telegram/webhook",
                        "/webhooks/meta");
        JsonNode paths = document.path("paths");
        assertThat(paths.path("/api/leads").propertyNames()).contains("get", "post");
        assertThat(paths.path("/api/leads/{id}").propertyNames()).contains("get", "patch", "delete");
        assertThat(paths.path("/api/reports").propertyNames()).contains("get", "post");
        assertThat(paths.path("/api/telegram/invites").propertyNames()).contains("get", "post");
        assertThat(paths.path("/api/telegram/users/{id}").propertyNames()).containsExactly("patch");
        assertThat(paths.propertyNames())
                .contains(
                        "/api/leads/stats",
                        "/api/leads/export",
                        "/api/reports/{id}",
                        "/meta/stats",
                        "/meta/token",
                        "/api/telegram/users",
                        "/api/telegram/users/{id}",
                        "/api/telegram/invites",
                        "/api/telegram/invites/{id}");
        assertThat(document.path("components")
                        .path("schemas")
                        .path("Lead")
                        .path("properties")
                        .propertyNames())
                .contains("id", "phone", "status", "duplicateOf", "history");
        // Every route the gateway has is described, so a new route without a description fails here.
        List<String> routedPaths = routes.getRouteDefinitions()
                .flatMapIterable(RouteDefinition::getPredicates)
                .filter(predicate -> predicate.getName().equals("Path"))
                .flatMapIterable(predicate -> predicate.getArgs().values())
                .map(pattern -> pattern.replace("/**", ""))
                .collectList()
                .block();
        assertThat(routedPaths)
                .isNotEmpty()
                .allSatisfy(routed -> assertThat(paths.propertyNames())
                        .as("documented paths under %s", routed)
                        .anyMatch(path -> path.equals(routed) || path.startsWith(routed + "/")));
        assertThat(paths.path("/meta/token")
                        .path("get")
                        .path("responses")
                        .path("401")
                        .path("content")
                        .has("application/problem+json"))
                .isTrue();
        assertThat(document.path("paths")
                        .path("/api/admins")
                        .path("post")
                        .path("responses")
                        .path("403")
                        .path("content")
                        .has("application/problem+json"))
                .isTrue();
        client.get().uri("/api/docs").exchange().expectStatus().is3xxRedirection();
    }

    @Test
    void healthIsPublic() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }
}
