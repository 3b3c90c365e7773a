package com.targetbot.stack;

import com.targetbot.infra.InfrastructureException;
import com.targetbot.infra.ManagedProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A real single-node Kafka broker in KRaft mode (broker and controller in one process), from the Maven Central jars. */
final class KafkaBroker {

    private KafkaBroker() {}

    static ManagedProcess start(StackConfig config, Path java, String classpath) {
        try {
            Path dir = config.data().resolve("kafka");
            Files.createDirectories(dir);
            Path properties = dir.resolve("server.properties");
            Files.writeString(properties, serverProperties(config, dir.resolve("log")));
            Path logConfig = dir.resolve("log4j2.properties");
            try (InputStream in = KafkaBroker.class.getResourceAsStream("/kafka-log4j2.properties")) {
                Files.copy(in, logConfig, StandardCopyOption.REPLACE_EXISTING);
            }
            Path log = config.logs().resolve("kafka.log");
            format(java, classpath, dir, properties, logConfig, clusterId(dir), log);
            return ManagedProcess.start(
                            "kafka",
                            List.of(
                                    java.toString(),
                                    "-Xms128m",
                                    "-Xmx512m",
                                    "-Dlog4j2.configurationFile=" + logConfig,
                                    "-cp",
                                    classpath,
                                    "kafka.Kafka",
                                    properties.toString()),
                            dir,
                            log,
                            Map.of())
                    .awaitReady(ManagedProcessChecks.logContains(log, "Kafka Server started"), Duration.ofSeconds(90));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void format(
            Path java, String classpath, Path dir, Path properties, Path logConfig, String clusterId, Path log) {
        ManagedProcess format = ManagedProcess.start(
                "kafka-storage-format",
                List.of(
                        java.toString(),
                        "-Dlog4j2.configurationFile=" + logConfig,
                        "-cp",
                        classpath,
                        "kafka.tools.StorageTool",
                        "format",
                        "--ignore-formatted",
                        // One argument: a random id may start with '-', which the option parser reads as an option.
                        "--cluster-id=" + clusterId,
                        "-c",
                        properties.toString()),
                dir,
                log,
                Map.of());
        try {
            ProcessHandle.of(format.pid()).ifPresent(handle -> handle.onExit().join());
        } finally {
            format.close();
        }
        if (!Files.exists(dir.resolve("log").resolve("meta.properties"))) {
            throw new InfrastructureException("formatting Kafka storage failed; see " + log + "\n" + format.tail());
        }
    }

    /** Kept with the data: a formatted log directory only starts with the cluster id it was formatted with. */
    private static String clusterId(Path dir) throws IOException {
        Path file = dir.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.writeString(file, id);
        return id;
    }

    private static String serverProperties(StackConfig config, Path logDir) {
        int port = config.port("kafka");
        int controller = config.port("kafka-controller");
        return String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + logDir,
                "num.partitions=12",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
    }
}
