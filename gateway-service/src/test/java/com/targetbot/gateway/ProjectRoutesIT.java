package com.targetbot.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Projects are meta-service's: the gateway lets each role through as far as it may go and tells meta-service who
 * asks and in which role, which meta-service needs for a manager's own projects; a role sent by the client is
 * never believed.
 */
class ProjectRoutesIT extends GatewayIntegration {

    @Test
    void aManagersReadReachesMetaServiceWithTheRoleOfTheSessionNotTheOneItClaims() {
        Browser manager = Browser.signedInAsNew(client, "manager");
        int before = stubs.received("/projects").size();

        client.get()
                .uri("/api/projects")
                .cookie("SESSION", manager.cookie("SESSION"))
                .header("X-TargetBot-Role", "admin")
                .header("X-TargetBot-Principal", "admin:admin")
                .exchange();

        assertThat(stubs.received("/projects")).hasSize(before + 1);
        Map<String, List<String>> headers =
                lowerCaseNames(stubs.received("/projects").getLast().headers());
        assertThat(headers.get("x-targetbot-role")).containsExactly("manager");
        assertThat(headers.get("x-targetbot-principal").getFirst()).startsWith("admin:manager-");
    }

    @Test
    void adminsCreateAndDeleteManagersOnlyChangeAndViewersOnlyRead() {
        String id = UUID.randomUUID().toString();
        Browser admin = signedInAdmin();
        Browser manager = Browser.signedInAsNew(client, "manager");
        Browser viewer = Browser.signedInAsNew(client, "viewer");
        int creates = stubs.received("/projects").size();
        int changes = stubs.received("/projects/" + id).size();

        admin.post("/api/projects", Map.of("name", "Клиника", "currency", "RUB"));
        assertThat(manager.post("/api/projects", Map.of("name", "x")).getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(viewer.patch("/api/projects/" + id, Map.of("name", "x")).getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(manager.delete("/api/projects/" + id).getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        manager.patch("/api/projects/" + id, Map.of("name", "Клиника 2"));
        admin.delete("/api/projects/" + id);
        viewer.get("/api/projects/" + id + "/stats?from=2026-01-01&to=2026-01-31");

        assertThat(stubs.received("/projects")
                        .subList(creates, stubs.received("/projects").size()))
                .singleElement()
                .satisfies(created -> {
                    assertThat(created.method()).isEqualTo("POST");
                    assertThat(created.body()).contains("Клиника");
                    assertThat(lowerCaseNames(created.headers()).get("x-targetbot-role"))
                            .containsExactly("admin");
                });
        assertThat(stubs.received("/projects/" + id)
                        .subList(changes, stubs.received("/projects/" + id).size()))
                .extracting(StubServices.Received::method)
                .containsExactly("PATCH", "DELETE");
        assertThat(stubs.received("/projects/" + id + "/stats")).singleElement().satisfies(read -> {
            assertThat(read.query()).isEqualTo("from=2026-01-01&to=2026-01-31");
            assertThat(lowerCaseNames(read.headers()).get("x-targetbot-role")).containsExactly("viewer");
        });
    }

    @Test
    void anApiKeyHasNoAccessToProjects() {
        int before = stubs.received("/projects").size();

        client.get()
                .uri("/api/projects")
                .header("X-Auth-Key", BOOTSTRAP_KEY)
                .exchange()
                .expectStatus()
                .isForbidden();

        assertThat(stubs.received("/projects")).hasSize(before);
    }
}
