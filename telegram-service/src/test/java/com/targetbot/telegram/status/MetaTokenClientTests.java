package com.targetbot.telegram.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.sun.net.httpserver.HttpServer;
import com.targetbot.telegram.config.ServiceUrls;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** The Meta token as meta-service's {@code GET /meta/token} answers it, read by the real client over HTTP. */
class MetaTokenClientTests {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void validTokenIsReadWithItsExpiryAndUnknownFieldsAreIgnored() throws IOException {
        var client = metaAnswering(200, """
                {"valid":true,"expiresAt":"2027-01-20T21:00:00Z","checkedAt":"2026-11-25T09:00:00Z","problem":null,
                 "scopes":["ads_read"]}""");

        assertThat(client.metaToken())
                .contains(new MetaTokenClient.MetaToken(
                        true, Instant.parse("2027-01-20T21:00:00Z"), Instant.parse("2026-11-25T09:00:00Z"), null));
    }

    @Test
    void tokenThatNeverExpiresHasNoExpiryAndAnInvalidOneItsProblem() throws IOException {
        assertThat(metaAnswering(200, """
                        {"valid":true,"expiresAt":null,"checkedAt":"2026-11-25T09:00:00Z","problem":null}""").metaToken().orElseThrow().expiresAt())
                .isNull();
        stop();
        assertThat(metaAnswering(200, """
                        {"valid":false,"expiresAt":null,"checkedAt":"2026-11-25T09:00:00Z",
                         "problem":"Error validating access token: session expired"}""").metaToken().orElseThrow()).satisfies(token -> {
            assertThat(token.valid()).isFalse();
            assertThat(token.problem()).isEqualTo("Error validating access token: session expired");
        });
    }

    @Test
    void tokenNeverCheckedIsEmpty() throws IOException {
        assertThat(metaAnswering(404, "{\"status\":404,\"title\":\"Not Found\"}")
                        .metaToken())
                .isEmpty();
    }

    @Test
    void failingOrUnreachableServiceIsAnError() throws IOException {
        var failing = metaAnswering(503, "{\"status\":503}");
        assertThatExceptionOfType(RestClientException.class).isThrownBy(failing::metaToken);
        stop();

        assertThatExceptionOfType(RestClientException.class).isThrownBy(failing::metaToken);
    }

    private MetaTokenClient metaAnswering(int status, String json) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/meta/token", exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders()
                    .add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        var stub = new ServiceUrls.Service(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
        return new MetaTokenClient(RestClient.builder(), new ServiceUrls(stub, stub, stub));
    }
}
