package com.targetbot.testkit;

import com.targetbot.sandbox.SandboxServer;

/**
 * One sandbox (the Telegram Bot API and Graph API stand-in) per test JVM, in-process on a free port,
 * stopped when the JVM exits. Modules using it add {@code com.targetbot:sandbox} to their test scope.
 */
public final class SandboxFixture {

    // The sandbox runs on a service's test classpath, where Kafka, Redis and the service kit would
    // auto-configure themselves into it too; it needs none of them.
    private static final String NOT_FOR_THE_SANDBOX = String.join(
            ",",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
            "com.targetbot.kit.kafka.KafkaKitAutoConfiguration",
            "com.targetbot.kit.idempotency.IdempotencyAutoConfiguration",
            "com.targetbot.kit.web.WebProblemsAutoConfiguration");

    private static SandboxServer server;
    private static String baseUrl;

    private SandboxFixture() {}

    /** Starts the sandbox on first use and returns its base URL. */
    public static synchronized String baseUrl() {
        if (server == null) {
            var started = new SandboxServer();
            // Immediate shutdown: a graceful one would wait for a pending getUpdates long poll at JVM exit.
            baseUrl = started.start(
                    0, "spring.autoconfigure.exclude=" + NOT_FOR_THE_SANDBOX, "server.shutdown=immediate");
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "sandbox-fixture-stop"));
            server = started;
        }
        return baseUrl;
    }
}
