package com.targetbot.leads;

import static org.awaitility.Awaitility.await;

import com.targetbot.events.Event;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.testkit.ProblemAssert;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the leads-service integration tests share: the one {@link LeadsServiceTest} context, commands published to
 * it, a client of its HTTP API and the reads every test makes through it.
 */
@LeadsServiceTest
abstract class LeadsIntegration {

    @LocalServerPort
    int port;

    @Autowired
    EventPublisher publisher;

    @Autowired
    JsonMapper json;

    RestTestClient http;

    @BeforeEach
    void connect() {
        http = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    /** Publishes the command and waits for the broker's acknowledgement. */
    void publish(Event command) throws Exception {
        publisher.publish(command).get(10, TimeUnit.SECONDS);
    }

    /** The lead as {@code GET /leads/{id}} answers it, once it is stored. */
    JsonNode awaitLead(String id) {
        return await().until(() -> lead(id), Optional::isPresent).orElseThrow();
    }

    /** The lead as {@code GET /leads/{id}} answers it now; empty while it is not stored. */
    Optional<JsonNode> lead(String id) {
        var result = http.get().uri("/leads/{id}", id).exchange().returnResult(String.class);
        return result.getStatus().value() == 200
                ? Optional.of(json.readTree(result.getResponseBody()))
                : Optional.empty();
    }

    /** A 200 answer's body. */
    JsonNode page(String uri, Object... variables) {
        return json.readTree(http.get()
                .uri(uri, variables)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }

    /** The ids of a page of leads, in the order listed. */
    List<String> ids(String uri, Object... variables) {
        return page(uri, variables)
                .get("items")
                .valueStream()
                .map(item -> item.get("id").asString())
                .toList();
    }

    static ProblemAssert assertThatProblem(RestTestClient.ResponseSpec response) {
        EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
        MediaType type = result.getResponseHeaders().getContentType();
        return ProblemAssert.assertThatProblem(
                result.getStatus().value(), type == null ? null : type.toString(), result.getResponseBody());
    }
}
