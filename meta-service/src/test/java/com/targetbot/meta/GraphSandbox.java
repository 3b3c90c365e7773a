package com.targetbot.meta;

import com.targetbot.sandbox.SandboxServer;
import java.net.URI;

/** One sandbox (the Graph API stand-in) per test JVM, started in-process on a free port on first use. */
public final class GraphSandbox {

    /**
     * The sandbox runs on this module's test classpath, where Kafka, Redis and the service kit would
     * auto-configure themselves into it too; it needs none of them.
     */
    private static final String NOT_FOR_THE_SANDBOX = String.join(
            ",",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
            "com.targetbot.kit.kafka.KafkaKitAutoConfiguration",
            "com.targetbot.kit.idempotency.IdempotencyAutoConfiguration",
            "com.targetbot.kit.web.WebProblemsAutoConfiguration");

    private static SandboxServer server;

    private GraphSandbox() {}

    public static synchronized URI baseUrl() {
        if (server == null) {
            var started = new SandboxServer();
            started.start(0, "spring.autoconfigure.exclude=" + NOT_FOR_THE_SANDBOX);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "graph-sandbox-stop"));
            server = started;
        }
        return URI.create(server.baseUrl());
    }
}
