package com.targetbot.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTests {

    @Test
    void formatsStorageWithAClusterIdThatStartsWithADash(@TempDir Path dir) throws IOException {
        // One random id in 64 starts with '-'; the format tool once read such an id as an option and failed.
        String clusterId = "-AbCdEfGhIjKlMnOpQrStUw";
        Path properties = dir.resolve("server.properties");
        Files.writeString(
                properties,
                String.join(
                        "\n",
                        "process.roles=broker,controller",
                        "node.id=1",
                        "controller.quorum.voters=1@127.0.0.1:1",
                        "listeners=PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:1",
                        "controller.listener.names=CONTROLLER",
                        "log.dirs=" + dir.resolve("log")));
        Path logConfig = dir.resolve("log4j2.properties");
        try (InputStream in = KafkaBroker.class.getResourceAsStream("/kafka-log4j2.properties")) {
            Files.copy(in, logConfig);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        KafkaBroker.format(
                java,
                System.getProperty("java.class.path"),
                dir,
                properties,
                logConfig,
                clusterId,
                dir.resolve("format.log"));

        assertThat(dir.resolve("log").resolve("meta.properties")).content().contains("cluster.id=" + clusterId);
    }
}
