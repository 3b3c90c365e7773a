package com.targetbot.bench;

import com.targetbot.infra.JavaRuntime;
import com.targetbot.infra.ManagedProcess;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The baseline: the gateway's HTTP stack (Reactor Netty) with nothing behind it. It reads the whole
 * request body and answers 200 {@code {}}, so the difference to the gateway is exactly the gateway's
 * own work: secret check, JSON validation, the Kafka round trip with acks=all.
 */
public final class BareEndpoint {

    /** The heap and collector the local stack gives the gateway, so both JVMs start equal. */
    static final List<String> SERVICE_JVM_FLAGS = List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC");

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final byte[] NO_BODY = new byte[0];

    private BareEndpoint() {}

    /** {@code BareEndpoint <port>}: serves until the process is stopped. */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BareEndpoint <port>");
        }
        DisposableServer server = HttpServer.create()
                .host("127.0.0.1")
                .port(Integer.parseInt(args[0]))
                .route(routes -> routes.post("/telegram/webhook", BareEndpoint::accept))
                .bindNow();
        server.onDispose().block();
    }

    /** Starts the endpoint as its own JVM from this JVM's classpath and waits until it listens. */
    static ManagedProcess launch(int port, Path workDir) {
        List<String> command = new ArrayList<>();
        command.add(JavaRuntime.currentJavaBinary().toString());
        command.addAll(SERVICE_JVM_FLAGS);
        command.addAll(List.of("-cp", absoluteClasspath(), BareEndpoint.class.getName(), Integer.toString(port)));
        return ManagedProcess.start(
                        "bare-endpoint", command, workDir, workDir.resolve("logs/bare-endpoint.log"), Map.of())
                .awaitReady(ManagedProcess.portOpen(port), START_TIMEOUT);
    }

    private static Publisher<Void> accept(HttpServerRequest request, HttpServerResponse response) {
        return request.receive()
                .aggregate()
                .asByteArray()
                .defaultIfEmpty(NO_BODY)
                .flatMap(body -> response.status(HttpResponseStatus.OK)
                        .header(HttpHeaderNames.CONTENT_TYPE, "application/json")
                        .header(HttpHeaderNames.CONTENT_LENGTH, "2")
                        .sendString(Mono.just("{}"))
                        .then());
    }

    /** The child runs in another working directory, so relative classpath entries must be resolved here. */
    private static String absoluteClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
