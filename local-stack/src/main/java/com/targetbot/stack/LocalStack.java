package com.targetbot.stack;

import com.targetbot.infra.InfrastructureException;
import com.targetbot.infra.JavaRuntime;
import com.targetbot.infra.Processes;
import com.targetbot.infra.RedisServer;
import com.targetbot.infra.S3Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Starts the whole system as local processes and stops it again. */
public final class LocalStack implements AutoCloseable {

    private static final Duration SERVICE_START = Duration.ofMinutes(4);

    private final StackConfig config;
    private final Map<String, String> secrets;
    private final Map<Component, Long> pids;

    private LocalStack(StackConfig config, Map<String, String> secrets, Map<Component, Long> pids) {
        this.config = config;
        this.secrets = secrets;
        this.pids = pids;
    }

    /**
     * Starts every component, each awaited until healthy, and writes a pid file per process.
     *
     * @param progress receives one line per started component
     */
    public static LocalStack start(StackConfig config, Consumer<String> progress) {
        return start(config, progress, EnumSet.allOf(Component.class));
    }

    /**
     * Starts only some components (a benchmark needs no sandbox or S3); infrastructure first, then
     * the sandbox, then the services in parallel.
     */
    public static LocalStack start(StackConfig config, Consumer<String> progress, Set<Component> components) {
        Path java = JavaRuntime.currentJavaBinary();
        Map<String, String> secrets =
                Secrets.loadOrCreate(config.varDir().resolve("secrets.env"), config.environment());
        Map<Component, Long> pids = new LinkedHashMap<>();
        var stack = new LocalStack(config, secrets, pids);
        try {
            Files.createDirectories(config.pids());
            Files.createDirectories(config.logs());
            requireJars(config, components);

            if (components.contains(Component.KAFKA)) {
                long pid = KafkaBroker.start(config, java, launcherClasspath(config.root()))
                        .pid();
                stack.record(Component.KAFKA, pid);
                progress.accept("kafka            ready on 127.0.0.1:" + config.port("kafka"));
            }
            if (components.contains(Component.REDIS)) {
                Path dir = config.data().resolve("redis");
                Path log = config.logs().resolve("redis.log");
                stack.record(
                        Component.REDIS,
                        RedisServer.start(config.port("redis"), dir, log, config.persistent())
                                .pid());
                progress.accept("redis            ready on 127.0.0.1:" + config.port("redis"));
            }
            if (components.contains(Component.S3)) {
                long pid = S3Server.start(
                                config.port("s3"),
                                secrets.get(Secrets.S3_ACCESS_KEY),
                                secrets.get(Secrets.S3_SECRET_KEY),
                                config.data().resolve("s3-server"),
                                config.logs().resolve("s3.log"),
                                java,
                                config.persistent() ? config.data().resolve("s3") : null)
                        .pid();
                stack.record(Component.S3, pid);
                progress.accept("s3               ready on " + config.url("s3"));
            }
            var launches = new ServiceLaunches(config, secrets);
            if (components.contains(Component.SANDBOX)) {
                stack.record(
                        Component.SANDBOX,
                        launches.start(Component.SANDBOX, java, SERVICE_START).pid());
                progress.accept("sandbox          ready on " + config.url("sandbox"));
            }
            List<CompletableFuture<Void>> services = new ArrayList<>();
            for (Component service : Component.SERVICES) {
                if (!components.contains(service)) {
                    continue;
                }
                services.add(CompletableFuture.runAsync(() -> {
                    stack.record(
                            service,
                            launches.start(service, java, SERVICE_START).pid());
                    progress.accept(String.format("%-16s ready on %s", service.id(), config.url(service.id())));
                }));
            }
            CompletableFuture.allOf(services.toArray(CompletableFuture[]::new)).join();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e.getCause() instanceof InfrastructureException cause ? cause : e;
        } catch (IOException e) {
            stack.close();
            throw new UncheckedIOException(e);
        }
    }

    /** Stops every process named by a pid file under {@code varDir}, services first. */
    public static List<String> stopRecorded(Path varDir) {
        List<String> stopped = new ArrayList<>();
        List<Component> order = new ArrayList<>(List.of(Component.values()));
        java.util.Collections.reverse(order);
        for (Component component : order) {
            Path file = varDir.resolve("run").resolve(component.id() + ".pid");
            if (!Files.exists(file)) {
                continue;
            }
            try {
                long pid = Long.parseLong(Files.readString(file).trim());
                ProcessHandle.of(pid).ifPresent(handle -> {
                    Processes.stop(handle, Duration.ofSeconds(15));
                    stopped.add(component.id() + " (pid " + pid + ")");
                });
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stopped;
    }

    /** Components whose pid file names a live process. */
    public static Map<String, Long> running(Path varDir) {
        Map<String, Long> running = new LinkedHashMap<>();
        for (Component component : Component.values()) {
            Path file = varDir.resolve("run").resolve(component.id() + ".pid");
            try {
                if (Files.exists(file)) {
                    long pid = Long.parseLong(Files.readString(file).trim());
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        running.put(component.id(), pid);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return running;
    }

    public StackConfig config() {
        return config;
    }

    /** The generated (or overridden) secrets: admin password, bootstrap API key, webhook secret, S3 keys. */
    public Map<String, String> secrets() {
        return secrets;
    }

    @Override
    public void close() {
        stopRecorded(config.varDir());
    }

    /** Stops one service of the running stack, as an operator takes it down (for a rebuild, say). */
    public synchronized void stop(Component service) {
        requireService(service);
        Long pid = pids.remove(service);
        if (pid != null) {
            ProcessHandle.of(pid).ifPresent(handle -> Processes.stop(handle, Duration.ofSeconds(15)));
        }
        try {
            Files.deleteIfExists(config.pids().resolve(service.id() + ".pid"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a stopped service again exactly as the stack started it, and waits until it is healthy. */
    public void start(Component service) {
        requireService(service);
        long pid = new ServiceLaunches(config, secrets)
                .start(service, JavaRuntime.currentJavaBinary(), SERVICE_START)
                .pid();
        record(service, pid);
    }

    private static void requireService(Component component) {
        if (component.jar() == null) {
            throw new IllegalArgumentException(component.id() + " is infrastructure, not a service");
        }
    }

    private synchronized void record(Component component, long pid) {
        pids.put(component, pid);
        try {
            Files.writeString(config.pids().resolve(component.id() + ".pid"), Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireJars(StackConfig config, Set<Component> components) {
        for (Component component : components) {
            if (component.jar() != null && !Files.isRegularFile(config.root().resolve(component.jar()))) {
                throw new InfrastructureException(
                        component.jar() + " is missing: build first with `./mvnw -DskipTests package`");
            }
        }
    }

    /** The broker runs from the launcher's own dependency directory, which holds the Kafka jars. */
    static String launcherClasspath(Path root) {
        Path target = root.resolve("local-stack/target");
        if (!Files.isDirectory(target.resolve("lib"))) {
            throw new InfrastructureException(
                    "local-stack/target/lib is missing: build first with `./mvnw -DskipTests package`");
        }
        return target.resolve("lib") + "/*:" + target.resolve("local-stack.jar");
    }
}
