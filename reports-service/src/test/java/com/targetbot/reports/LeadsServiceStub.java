package com.targetbot.reports;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays leads-service's documented export contract: {@code GET /leads/export?from=&to=} answers an
 * {@code application/x-ndjson} stream of the lead JSON objects created in {@code [from, to)} (ISO-8601
 * instants, either optional), oldest first, written as it goes (chunked).
 */
public final class LeadsServiceStub implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final AtomicReference<Export> export = new AtomicReference<>(new Lines(List.of()));
    private final Queue<OneOff> oneOffs = new ConcurrentLinkedQueue<>();
    private final AtomicInteger exportRequests = new AtomicInteger();
    private final AtomicReference<@Nullable String> lastQuery = new AtomicReference<>();
    private final AtomicBoolean stopped = new AtomicBoolean();

    private LeadsServiceStub(HttpServer server) {
        this.server = server;
    }

    public static LeadsServiceStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LeadsServiceStub stub = new LeadsServiceStub(server);
            server.createContext("/leads/export", stub::export);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lead as leads-service writes it. */
    public static String lead(
            String id,
            String name,
            String phone,
            String email,
            String comment,
            String source,
            String status,
            Instant createdAt) {
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("id", id);
        lead.put("name", name);
        lead.put("phone", phone);
        lead.put("email", email);
        lead.put("comment", comment);
        lead.put("source", source);
        lead.put("status", status);
        lead.put("createdAt", createdAt.toString());
        lead.put("createdBy", "api-key:landing");
        return JSON.writeValueAsString(lead);
    }

    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort();
    }

    /** Exports exactly these NDJSON lines (and forgets one-off answers not given yet, as the other setters do). */
    public void serve(List<String> lines) {
        oneOffs.clear();
        export.set(new Lines(lines));
    }

    /** Exports {@code count} generated leads, produced while streaming. */
    public void serveGenerated(int count) {
        oneOffs.clear();
        export.set(new Generated(count));
    }

    /** Answers the export with an error status and a problem body. */
    public void failWith(int status) {
        oneOffs.clear();
        export.set(new Failure(status));
    }

    /** Answers the next export request, and only that one, with an error status and a problem body. */
    public void failOnceWith(int status) {
        oneOffs.add(new Failure(status));
    }

    /**
     * Breaks the next export request, and only that one, off after {@code lines} lines of what is served:
     * the connection drops before the stream's last chunk, as when leads-service dies mid-export.
     */
    public void breakOffOnceAfter(int lines) {
        oneOffs.add(new BrokenOff(lines));
    }

    public int exportRequests() {
        return exportRequests.get();
    }

    /** The decoded query string of the latest export request, {@code null} when it had none. */
    public @Nullable String lastQuery() {
        return lastQuery.get();
    }

    @Override
    public void close() {
        if (stopped.compareAndSet(false, true)) {
            server.stop(0);
        }
    }

    private void export(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            try (exchange) {
                exchange.sendResponseHeaders(405, -1);
            }
            return;
        }
        exportRequests.incrementAndGet();
        lastQuery.set(exchange.getRequestURI().getQuery());
        OneOff oneOff = oneOffs.poll();
        if (oneOff instanceof BrokenOff brokenOff) {
            breakOff(exchange, brokenOff.lines());
        }
        try (exchange) {
            Range range = Range.of(exchange.getRequestURI().getQuery());
            Export current = oneOff instanceof Failure failure ? failure : export.get();
            if (current instanceof Failure failure) {
                byte[] body = ("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":"
                                + failure.status() + "}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(failure.status(), body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
            exchange.sendResponseHeaders(200, 0);
            try (Writer out =
                    new BufferedWriter(new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8))) {
                switch (current) {
                    case Lines lines -> {
                        for (String line : lines.lines()) {
                            if (range.isUnbounded() || range.covers(createdAt(line))) {
                                out.write(line);
                                out.write('\n');
                            }
                        }
                    }
                    case Generated generated -> {
                        Instant start = Instant.parse("2026-01-01T00:00:00Z");
                        for (int i = 0; i < generated.count(); i++) {
                            if (!range.covers(start.plusSeconds(i))) {
                                continue;
                            }
                            out.write(lead(
                                    UUID.randomUUID().toString(),
                                    "Клиент " + i,
                                    "+7900" + String.format("%07d", i),
                                    "client" + i + "@example.com",
                                    "Заявка с лендинга, строка " + i,
                                    "api",
                                    "new",
                                    start.plusSeconds(i)));
                            out.write('\n');
                        }
                    }
                    case Failure ignored -> throw new IllegalStateException("handled above");
                }
            }
        }
    }

    // Leaves the exchange open on purpose: the server then drops the connection instead of ending the stream.
    private void breakOff(HttpExchange exchange, int lines) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        List<String> served = export.get() instanceof Lines all ? all.lines() : List.of();
        for (String line : served.subList(0, Math.min(lines, served.size()))) {
            body.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write("{\"id\":\"cut-".getBytes(StandardCharsets.UTF_8));
        body.flush();
        throw new IOException("leads-service stub breaks the export off");
    }

    private static Instant createdAt(String line) {
        return Instant.parse(JSON.readTree(line).path("createdAt").asString());
    }

    /** The export's {@code [from, to)} filter; a missing bound does not limit that side. */
    private record Range(@Nullable Instant from, @Nullable Instant to) {

        static Range of(@Nullable String query) {
            Instant from = null;
            Instant to = null;
            for (String parameter : query == null ? new String[0] : query.split("&")) {
                String[] pair = parameter.split("=", 2);
                switch (pair[0]) {
                    case "from" -> from = Instant.parse(pair[1]);
                    case "to" -> to = Instant.parse(pair[1]);
                    default -> throw new IllegalArgumentException("unknown export parameter " + parameter);
                }
            }
            return new Range(from, to);
        }

        boolean isUnbounded() {
            return from == null && to == null;
        }

        boolean covers(Instant createdAt) {
            return (from == null || !createdAt.isBefore(from)) && (to == null || createdAt.isBefore(to));
        }
    }

    private sealed interface Export permits Lines, Generated, Failure {}

    private sealed interface OneOff permits Failure, BrokenOff {}

    private record Lines(List<String> lines) implements Export {}

    private record Generated(int count) implements Export {}

    private record Failure(int status) implements Export, OneOff {}

    private record BrokenOff(int lines) implements OneOff {}

    /** Starts the stub with the test context and points {@code targetbot.services.leads.url} at it. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean(destroyMethod = "close")
        LeadsServiceStub leadsServiceStub() {
            return start();
        }

        @Bean
        DynamicPropertyRegistrar leadsServiceUrl(LeadsServiceStub stub) {
            return registry -> registry.add("targetbot.services.leads.url", stub::baseUrl);
        }
    }
}
