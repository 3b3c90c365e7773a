package com.targetbot.gateway;

import static com.targetbot.gateway.Browser.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.testkit.TestInfrastructure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.test.context.NestedTestConfiguration.EnclosingConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The admin UI's bot chat reaches the sandbox's Telegram control API through the gateway, for admin sessions of
 * role admin only, and only where a sandbox is configured. A context of its own (the {@link GatewayTest} one plus a
 * sandbox address): the sandbox route exists only when the address is set at start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestInfrastructure.class, StubServicesConfiguration.class, SandboxRoutesIT.SandboxAddress.class})
class SandboxRoutesIT {

    @LocalServerPort
    int port;

    @Autowired
    StubServices stubs;

    WebTestClient client;

    @BeforeEach
    void bindClient() {
        client = TestClients.gateway(port);
    }

    @Test
    void adminSessionReadsMessagesAndPlaysUpdatesInTheSandboxWithoutItsCookiesOrCsrfToken() {
        var admin = new Browser(client);
        assertThat(admin.login("admin", GatewayIntegration.ADMIN_PASSWORD).getStatus())
                .isEqualTo(HttpStatus.OK);
        long chat = System.nanoTime();

        admin.get("/api/sandbox/telegram/messages?chatId=" + chat);
        admin.post("/api/sandbox/telegram/updates", Map.of("userId", chat, "text", "/start"));

        assertThat(stubs.received("/sandbox/telegram/messages"))
                .anySatisfy(request -> assertThat(request.query()).isEqualTo("chatId=" + chat));
        assertThat(stubs.received("/sandbox/telegram/updates"))
                .filteredOn(request -> request.method().equals("POST"))
                .isNotEmpty()
                .allSatisfy(request -> {
                    // The stub's server writes header names capitalised, the rest lower-case.
                    assertThat(request.headers().get("X-targetbot-principal")).containsExactly("admin:admin");
                    assertThat(request.headers()).doesNotContainKeys("Cookie", "X-xsrf-token");
                });
    }

    @Test
    void managersViewersAndApiKeysAreForbiddenAndStrangersUnauthorizedWithNothingForwarded() {
        long chat = System.nanoTime();
        String path = "/api/sandbox/telegram/messages?chatId=" + chat;
        String blocking = "/api/sandbox/telegram/users/" + chat + "/blocked";

        for (String role : List.of("manager", "viewer")) {
            var session = Browser.signedInAsNew(client, role);
            assertThat(session.get(path).getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(session.post(blocking, Map.of("blocked", true)).getStatus())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThatProblem(client.get()
                        .uri(path)
                        .header("X-Auth-Key", GatewayIntegration.BOOTSTRAP_KEY)
                        .exchange())
                .hasStatus(403);
        client.get().uri(path).exchange().expectStatus().isUnauthorized();

        assertThat(stubs.received("/sandbox/telegram/messages"))
                .noneSatisfy(request -> assertThat(request.query()).isEqualTo("chatId=" + chat));
        assertThat(stubs.received(blocking.replace("/api", ""))).isEmpty();
    }

    /** Production: no sandbox address, so no route; the same configuration as the other ITs, one shared context. */
    @Nested
    @NestedTestConfiguration(EnclosingConfiguration.OVERRIDE)
    @GatewayTest
    class WithoutSandbox {

        @LocalServerPort
        int productionPort;

        @Autowired
        StubServices productionStubs;

        @Test
        void sandboxPathIsNotFoundAsProblemAndNothingIsForwarded() {
            var admin = new Browser(TestClients.gateway(productionPort));
            assertThat(admin.login("admin", GatewayIntegration.ADMIN_PASSWORD).getStatus())
                    .isEqualTo(HttpStatus.OK);

            var answer = admin.get("/api/sandbox/telegram/messages?chatId=1");

            assertThat(answer.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(productionStubs.received("/sandbox/telegram/messages")).isEmpty();
        }
    }

    /** The sandbox's control API is played by the same stub server as the services. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SandboxAddress {

        @Bean
        DynamicPropertyRegistrar sandboxAddress(StubServices stubs) {
            return registry -> registry.add("targetbot.services.sandbox.url", stubs::uri);
        }
    }
}
