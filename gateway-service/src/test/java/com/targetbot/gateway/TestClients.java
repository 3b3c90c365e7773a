package com.targetbot.gateway;

import java.time.Duration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** The HTTP client of the gateway's integration tests. */
final class TestClients {

    private TestClients() {}

    /**
     * A client on a new connection per request: the shared Reactor Netty pool, reused across every test
     * class of the JVM, once lost an answer on a recycled connection and hung a test for its whole timeout.
     */
    static WebTestClient gateway(int port) {
        return WebTestClient.bindToServer(
                        new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection())))
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }
}
