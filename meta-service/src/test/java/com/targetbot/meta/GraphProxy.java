package com.targetbot.meta;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.targetbot.testkit.SandboxFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stands between the service and the JVM's sandbox so that a test can take Meta off the network: while down, every
 * connection is dropped without an answer, as when the Graph API is unreachable.
 */
public final class GraphProxy {

    private static final List<String> FORWARDED_HEADERS =
            List.of("Content-Type", "X-App-Usage", "X-Ad-Account-Usage", "X-Business-Use-Case-Usage");
    private static final AtomicBoolean DOWN = new AtomicBoolean();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static String baseUrl;

    private GraphProxy() {}

    /** Starts the proxy on first use and returns its base URL. */
    public static synchronized String baseUrl() {
        if (baseUrl == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/", GraphProxy::forward);
                server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "graph-proxy-stop"));
                baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return baseUrl;
    }

    public static void down() {
        DOWN.set(true);
    }

    public static void up() {
        DOWN.set(false);
    }

    private static void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (DOWN.get()) {
                // Closing without a status line: the client sees the connection end, not an HTTP answer.
                return;
            }
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(SandboxFixture.baseUrl() + exchange.getRequestURI()));
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            request.method(
                    exchange.getRequestMethod(),
                    body.length == 0
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<byte[]> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            FORWARDED_HEADERS.forEach(name -> answer.headers()
                    .firstValue(name)
                    .ifPresent(value -> exchange.getResponseHeaders().set(name, value)));
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
            exchange.getResponseBody().write(answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
