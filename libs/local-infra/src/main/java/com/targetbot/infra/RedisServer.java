package com.targetbot.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A private {@code redis-server} on a loopback port, without persistence unless a data directory is given. */
public final class RedisServer implements AutoCloseable {

    static final String INSTALL = "sudo apt-get install -y redis-server";

    private final int port;
    private final ManagedProcess process;

    private RedisServer(int port, ManagedProcess process) {
        this.port = port;
        this.process = process;
    }

    /**
     * Starts Redis.
     *
     * @param workDir working directory; with {@code persistent} the append-only file lives here
     * @param persistent keep data across restarts (local stack) or not (tests)
     */
    public static RedisServer start(int port, Path workDir, Path logFile, boolean persistent) {
        Path binary = Binaries.require("redis-server", INSTALL);
        List<String> command = List.of(
                binary.toString(),
                "--port",
                Integer.toString(port),
                "--bind",
                "127.0.0.1",
                "--protected-mode",
                "yes",
                "--save",
                "",
                "--appendonly",
                persistent ? "yes" : "no",
                "--dir",
                workDir.toAbsolutePath().toString());
        ManagedProcess process = ManagedProcess.start("redis-server", command, workDir, logFile, Map.of())
                .awaitReady(ManagedProcess.portOpen(port), Duration.ofSeconds(15));
        return new RedisServer(port, process);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.close();
    }
}
