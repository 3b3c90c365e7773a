package com.targetbot.testkit;

import com.targetbot.infra.FreePorts;
import com.targetbot.infra.RedisServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

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

    /**
     * A started connection factory to one database of this Redis, for a test of a store without a Spring context;
     * the caller destroys it. A database other than 0 keeps the test's keys out of the services' keyspace.
     */
    public static LettuceConnectionFactory connect(int database) {
        var configuration = new RedisStandaloneConfiguration("127.0.0.1", port());
        configuration.setDatabase(database);
        var connections = new LettuceConnectionFactory(configuration);
        connections.afterPropertiesSet();
        connections.start();
        return connections;
    }
}
