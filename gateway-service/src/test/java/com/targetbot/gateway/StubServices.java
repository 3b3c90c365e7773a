package com.targetbot.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One small HTTP server standing in for leads-, reports- and meta-service behind the gateway: it answers
 * their read paths with canned JSON and records every request it receives.
 */
final class StubServices implements AutoCloseable {

    record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private StubServices(HttpServer server) {
        this.server = server;
    }

    static StubServices start() {
        try {
            var stubs = new StubServices(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            stubs.server.createContext("/", stubs::handle);
            stubs.server.start();
            return stubs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(
                exchange.getRequestMethod(),
                path,
                String.valueOf(exchange.getRequestURI().getQuery()),
                Map.copyOf(exchange.getRequestHeaders()),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        if (path.equals("/leads/stats")) {
            reply(exchange, 200, "application/json", "{\"total\":3,\"today\":1}");
        } else if (path.startsWith("/leads/")) {
            String id = path.substring("/leads/".length());
            reply(exchange, 200, "application/json", "{\"id\":\"" + id + "\",\"name\":\"Stub lead\"}");
        } else if (path.equals("/leads")) {
            reply(exchange, 200, "application/json", "{\"items\":[]}");
        } else if (path.equals("/telegram/bot")) {
            reply(exchange, 200, "application/json", "{\"username\":\"stub_bot\"}");
        } else if (path.equals("/meta/oauth/exchange")) {
            metaLogin(exchange, received.getLast().body());
        } else if (path.equals("/reports")) {
            // reports-service is "down" for the dashboard's degradation test.
            reply(exchange, 500, "application/problem+json", "{\"status\":500}");
        } else {
            // meta-service before its first sync, and any unknown path.
            reply(exchange, 404, "application/problem+json", "{\"status\":404,\"title\":\"Not Found\"}");
        }
    }

    /** meta-service finishing a login: a code "granted…" connects, "partial" lacks permissions, anything else fails. */
    private static void metaLogin(HttpExchange exchange, String body) throws IOException {
        if (body.contains("\"code\":\"granted")) {
            reply(exchange, 201, "application/json", "{\"id\":\"user-1\",\"name\":\"Анна Смирнова\"}");
        } else if (body.contains("\"code\":\"partial\"")) {
            reply(
                    exchange,
                    422,
                    "application/problem+json",
                    "{\"status\":422,\"detail\":\"The token lacks permissions TargetBot needs: leads_retrieval\","
                            + "\"missingScopes\":[\"leads_retrieval\"]}");
        } else {
            reply(exchange, 502, "application/problem+json", "{\"status\":502}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
