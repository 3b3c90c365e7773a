package com.targetbot.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A child process with its output in a log file, started and then awaited until ready. It is stopped
 * by its own PID (and its descendants), never by name.
 */
public final class ManagedProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ManagedProcess.class);

    private final String name;
    private final Process process;
    private final Path logFile;

    private ManagedProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts a command with its stdout and stderr appended to {@code logFile}.
     *
     * @param environment variables added to the inherited environment
     */
    public static ManagedProcess start(
            String name, List<String> command, Path workDir, Path logFile, Map<String, String> environment) {
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            log.debug("started {} (pid {}): {}", name, process.pid(), command);
            return new ManagedProcess(name, process, logFile);
        } catch (IOException e) {
            throw new InfrastructureException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Waits until {@code ready} holds, failing early when the process exits. */
    public ManagedProcess awaitReady(BooleanSupplier ready, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new InfrastructureException(name + " exited with code " + process.exitValue()
                        + " before it was ready; see " + logFile.toAbsolutePath() + "\n" + tail());
            }
            if (Instant.now().isAfter(deadline)) {
                close();
                throw new InfrastructureException(name + " was not ready within " + timeout + "; see "
                        + logFile.toAbsolutePath() + "\n" + tail());
            }
            pause();
        }
        return this;
    }

    /** A readiness check: something accepts TCP connections on the loopback port. */
    public static BooleanSupplier portOpen(int port) {
        return () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException e) {
                return false;
            }
        };
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** The last lines of the log, for error messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the process and its descendants: politely first, forcibly after ten seconds. */
    @Override
    public void close() {
        Processes.stop(process.toHandle(), Duration.ofSeconds(10));
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("interrupted while waiting for a process", e);
        }
    }
}
