package com.targetbot.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Bot users and invites are telegram-service's, reached through the gateway by admin sessions of role admin only. */
class TelegramAdminRoutesIT extends GatewayIntegration {

    @Test
    void adminSessionReadsAndWritesBotUsersAndInvitesInTelegramServiceNamedAsThePrincipal() {
        var admin = new Browser(client);
        assertThat(admin.login("admin", GatewayIntegration.ADMIN_PASSWORD).getStatus())
                .isEqualTo(HttpStatus.OK);
        String invite = UUID.randomUUID().toString();
        long user = System.nanoTime();

        admin.get("/api/telegram/users?limit=5");
        admin.patch("/api/telegram/users/" + user, Map.of("role", "manager"));
        admin.post("/api/telegram/invites", Map.of("role", "client"));
        admin.get("/api/telegram/invites");
        admin.delete("/api/telegram/invites/" + invite);

        assertThat(stubs.received("/telegram/users").getLast().query()).isEqualTo("limit=5");
        assertThat(stubs.received("/telegram/users/" + user)).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("PATCH");
            // The stub's server writes header names capitalised, the rest lower-case.
            assertThat(request.headers().get("X-targetbot-principal")).containsExactly("admin:admin");
            assertThat(request.headers()).doesNotContainKeys("Cookie", "X-xsrf-token");
        });
        assertThat(stubs.received("/telegram/invites"))
                .extracting(StubServices.Received::method)
                .contains("POST", "GET");
        assertThat(stubs.received("/telegram/invites/" + invite))
                .extracting(StubServices.Received::method)
                .containsExactly("DELETE");
    }

    @Test
    void managersViewersAndApiKeysAreForbiddenAndStrangersUnauthorizedWithNothingForwarded() {
        String path = "/api/telegram/users/" + System.nanoTime();
        String invites = "/api/telegram/invites/" + UUID.randomUUID();

        for (String role : List.of("manager", "viewer")) {
            var session = Browser.signedInAsNew(client, role);
            assertThat(session.get(path).getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(session.delete(invites).getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        client.get()
                .uri(path)
                .header("X-Auth-Key", GatewayIntegration.BOOTSTRAP_KEY)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/telegram/invites").exchange().expectStatus().isUnauthorized();

        assertThat(stubs.received(path.replace("/api", ""))).isEmpty();
        assertThat(stubs.received(invites.replace("/api", ""))).isEmpty();
    }
}
