package com.targetbot.gateway;

import static com.targetbot.gateway.Browser.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class RoutedReadsIT extends GatewayIntegration {

    @Test
    void leadReadReachesLeadsServiceWithoutTheCallersCredentials() {
        String leadId = UUID.randomUUID().toString();

        client.get()
                .uri("/api/leads/" + leadId)
                .header("X-Auth-Key", BOOTSTRAP_KEY)
                .header("X-TargetBot-Principal", "admin:forged")
                .cookie("SESSION", "some-session")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(leadId);

        assertThat(stubs.received("/leads/" + leadId)).singleElement().satisfies(request -> {
            Map<String, List<String>> headers = lowerCaseNames(request.headers());
            assertThat(request.method()).isEqualTo("GET");
            assertThat(headers).doesNotContainKeys("cookie", "x-auth-key");
            assertThat(headers.get("x-targetbot-principal")).containsExactly("api-key:bootstr1");
        });
    }

    @Test
    void leadListKeepsItsQuery() {
        int before = stubs.received("/leads").size();

        client.get()
                .uri("/api/leads?limit=50")
                .header("X-Auth-Key", BOOTSTRAP_KEY)
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(stubs.received("/leads")
                        .subList(before, stubs.received("/leads").size()))
                .singleElement()
                .satisfies(request -> assertThat(request.query()).isEqualTo("limit=50"));
    }

    @Test
    void readWithoutCredentialsIsUnauthorizedAndNotForwarded() {
        String leadId = UUID.randomUUID().toString();

        assertThatProblem(client.get().uri("/api/leads/" + leadId).exchange()).hasStatus(401);

        assertThat(stubs.received("/leads/" + leadId)).isEmpty();
    }

    @Test
    void metaStatsAndTokenStateNeedAnAdminSessionAndReachMetaService() {
        for (String path : List.of("/meta/stats", "/meta/token")) {
            // The dashboard reads /meta/stats too, so count from here.
            int before = stubs.received(path).size();
            client.get()
                    .uri(path)
                    .header("X-Auth-Key", BOOTSTRAP_KEY)
                    .exchange()
                    .expectStatus()
                    .isForbidden();
            assertThat(stubs.received(path)).as(path).hasSize(before);

            // The stand-in answers as meta-service does before its first sync or check.
            assertThat(signedInAdmin().get(path).getStatus()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(stubs.received(path)).as(path).hasSize(before + 1);
        }
    }

    @Test
    void unknownPathIsANotFoundProblem() {
        assertThatProblem(client.get()
                        .uri("/api/nothing-here")
                        .header("X-Auth-Key", BOOTSTRAP_KEY)
                        .exchange())
                .hasStatus(404);
    }
}
