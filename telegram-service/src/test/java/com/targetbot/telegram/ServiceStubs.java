package com.targetbot.telegram;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The internal read APIs of the other services (leads-service, reports-service, meta-service) as fixed JSON
 * answers on one local port, one per test JVM: the bot's HTTP clients run for real against it.
 */
public final class ServiceStubs {

    private static final Map<String, String> ANSWERS = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, List<String>>> LAST_HEADERS = new ConcurrentHashMap<>();
    private static HttpServer server;

    private ServiceStubs() {}

    public static synchronized String baseUrl() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                String body = ANSWERS.get(exchange.getRequestURI().getPath());
                LAST_HEADERS.put(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()));
                exchange.getRequestBody().readAllBytes();
                byte[] bytes = (body == null ? "{\"status\":404}" : body).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders()
                        .add("Content-Type", body == null ? "application/problem+json" : "application/json");
                exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
                try (var out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "service-stubs-stop"));
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The headers of the latest request to {@code path}, as the stub received them. */
    public static Map<String, List<String>> lastHeaders(String path) {
        return LAST_HEADERS.getOrDefault(path, Map.of());
    }

    /** From now on a request to {@code path} is answered with {@code json}. */
    public static void answer(String path, String json) {
        ANSWERS.put(path, json);
    }
}
