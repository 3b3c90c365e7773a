package com.targetbot.testkit;

import com.targetbot.infra.FreePorts;
import com.targetbot.infra.RedisServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One private {@code redis-server} per test JVM, without persistence. */
public final class RedisFixture {

    private static RedisServer server;

    private RedisFixture() {}

    /** Starts Redis on first use and returns its port; fails with the install command when it is missing. */
    public static synchronized int port() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("targetbot-redis-");
                RedisServer started = RedisServer.start(FreePorts.find(), dir, dir.resolve("redis.log"), false);
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "redis-fixture-stop"));
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server.port();
    }
}
