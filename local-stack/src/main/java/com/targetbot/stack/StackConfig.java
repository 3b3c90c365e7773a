package com.targetbot.stack;

import com.targetbot.infra.FreePorts;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where and how the local stack runs.
 *
 * @param root the repository root (service jars are found under {@code <module>/target/})
 * @param varDir data, logs, pid files and generated secrets
 * @param ports port of every component, by component name
 * @param environment the caller's environment: real Telegram / Meta credentials switch the sandbox off
 * @param persistent keep Kafka, Redis and S3 data across restarts (the developer stack) or not (tests)
 */
public record StackConfig(
        Path root, Path varDir, Map<String, Integer> ports, Map<String, String> environment, boolean persistent) {

    static final Map<String, Integer> DEFAULT_PORTS = Map.ofEntries(
            Map.entry("kafka", 9092),
            Map.entry("kafka-controller", 9093),
            Map.entry("redis", 6379),
            Map.entry("s3", 9000),
            Map.entry("sandbox", 8089),
            Map.entry("gateway-service", 8080),
            Map.entry("telegram-service", 8081),
            Map.entry("leads-service", 8082),
            Map.entry("meta-service", 8083),
            Map.entry("reports-service", 8084));

    /** The developer stack: well-known ports, data kept in {@code var/}. */
    public static StackConfig developer(Path root, Map<String, String> environment) {
        return new StackConfig(root, root.resolve("var"), DEFAULT_PORTS, environment, true);
    }

    /** A throw-away stack on free ports, for tests and benchmarks. */
    public static StackConfig ephemeral(Path root, Path varDir) {
        var ports = new java.util.HashMap<String, Integer>();
        DEFAULT_PORTS.keySet().forEach(name -> ports.put(name, FreePorts.find()));
        return new StackConfig(root, varDir, Map.copyOf(ports), Map.of(), false);
    }

    public int port(String component) {
        Integer port = ports.get(component);
        if (port == null) {
            throw new IllegalArgumentException("no port for " + component);
        }
        return port;
    }

    public String url(String component) {
        return "http://127.0.0.1:" + port(component);
    }

    public Path logs() {
        return varDir.resolve("logs");
    }

    public Path pids() {
        return varDir.resolve("run");
    }

    public Path data() {
        return varDir.resolve("data");
    }
}
