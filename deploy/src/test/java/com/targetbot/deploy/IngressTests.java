package com.targetbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The production ingress publishes what users and Telegram need, and nothing of the actuator. */
class IngressTests {

    private static final List<Map<String, Object>> PATHS =
            Repository.yamlDocuments(Kubernetes.K8S.resolve("overlays/production/ingress.yaml")).stream()
                    .flatMap(ingress -> Yamls.listAt(ingress, "spec.rules").stream())
                    .flatMap(rule -> Yamls.listAt(rule, "http.paths").stream())
                    .map(Yamls::map)
                    .toList();

    @Test
    void thePublicPathsOfTheGatewayAreRouted() {
        assertThat(List.of(
                        "/",
                        "/admin/",
                        "/admin/assets/index.js",
                        "/api/leads",
                        "/api/auth/login",
                        "/api/docs",
                        "/meta/stats",
                        "/telegram/webhook",
                        "/webhooks/meta",
                        "/webjars/swagger-ui/index.html"))
                .allSatisfy(request -> assertThat(routed(request)).as(request).isTrue());
    }

    @Test
    void actuatorEndpointsAreNotReachableFromOutside() {
        assertThat(List.of(
                        "/actuator/prometheus",
                        "/actuator/health",
                        "/actuator/health/readiness",
                        "/actuator",
                        "/telegram/users"))
                .allSatisfy(request -> assertThat(routed(request)).as(request).isFalse());
    }

    /** Kubernetes' matching: Exact is the whole path, Prefix matches whole path elements. */
    private static boolean routed(String request) {
        return PATHS.stream().anyMatch(path -> {
            String pattern = Yamls.string(path, "path");
            return switch (Yamls.string(path, "pathType")) {
                case "Exact" -> request.equals(pattern);
                case "Prefix" ->
                    request.equals(pattern) || request.startsWith(pattern.endsWith("/") ? pattern : pattern + "/");
                default -> throw new AssertionError("pathType of " + pattern + " must be Exact or Prefix");
            };
        });
    }
}
