package com.targetbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.Topic;
import com.targetbot.events.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * k8s/base/kafka-topics.yaml is generated from the event contract: a Strimzi KafkaTopic per topic of
 * {@link Topics#ALL} and per dead-letter twin, sized like the topics the services would create themselves.
 */
class KafkaTopicsTests {

    static final Path FILE = Kubernetes.BASE.resolve("kafka-topics.yaml");

    /** Set to rewrite the file after a change of the contract, then review and commit the diff. */
    static final String REWRITE = "targetbot.deploy.rewrite-topics";

    private static final Pattern PARTITIONS_DEFAULT =
            Pattern.compile("@DefaultValue\\(\"(\\d+)\"\\)[^,]*\\bint partitions\\b");

    @Test
    void theFileIsTheRenderingOfTheContract() throws IOException {
        String rendered = render();
        if (Boolean.getBoolean(REWRITE)) {
            Files.writeString(FILE, rendered);
        }

        assertThat(Repository.read(FILE))
                .as("k8s/base/kafka-topics.yaml is out of date: ./mvnw -pl deploy verify -D" + REWRITE + "=true")
                .isEqualTo(rendered);
    }

    @Test
    void everyContractTopicAndItsDeadLetterTwinHasAKafkaTopicSizedLikeServiceKitCreatesIt() {
        List<Kubernetes.Manifest> topics = Kubernetes.ofKind("KafkaTopic");
        int partitions = serviceKitPartitions();
        int replicas =
                Integer.parseInt(String.valueOf(Yamls.mapAt(Kubernetes.get("ConfigMap", "targetbot-common"), "data")
                        .get("TARGETBOT_KAFKA_REPLICATIONFACTOR")));

        List<String> expected = Topics.ALL.stream()
                .flatMap(topic -> Stream.of(topic.name(), topic.deadLetterName()))
                .toList();
        assertThat(topics)
                .map(topic -> Yamls.string(topic.object(), "spec.topicName"))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(topics).allSatisfy(topic -> {
            assertThat(Yamls.at(topic.object(), "spec.partitions")).isEqualTo(partitions);
            assertThat(Yamls.at(topic.object(), "spec.replicas")).isEqualTo(replicas);
            assertThat(Yamls.mapAt(topic.object(), "metadata.labels")).containsEntry("strimzi.io/cluster", "targetbot");
        });
    }

    /** The default of {@code targetbot.kafka.partitions}, read from service-kit's properties record. */
    private static int serviceKitPartitions() {
        String source = Repository.read(
                Repository.path("libs/service-kit/src/main/java/com/targetbot/kit/kafka/KafkaKitProperties.java"));
        var match = PARTITIONS_DEFAULT.matcher(source);
        assertThat(match.find()).as("partitions default in KafkaKitProperties").isTrue();
        return Integer.parseInt(match.group(1));
    }

    static String render() {
        int partitions = serviceKitPartitions();
        var yaml = new StringBuilder();
        yaml.append("# Generated from com.targetbot.events.Topics.ALL by deploy/src/test/java/com/targetbot/deploy/")
                .append("KafkaTopicsTests.java:\n# ./mvnw -pl deploy verify -D")
                .append(REWRITE)
                .append("=true rewrites it. Partitions follow targetbot.kafka.partitions.\n");
        boolean first = true;
        for (Topic topic : Topics.ALL) {
            for (String name : List.of(topic.name(), topic.deadLetterName())) {
                if (!first) {
                    yaml.append("---\n");
                }
                first = false;
                // Retention comes from the contract, as the services set it when they create the topics.
                String retention = name.equals(topic.name()) ? topic.retentionMs() : Topic.deadLetterRetentionMs();
                yaml.append("apiVersion: kafka.strimzi.io/v1\n")
                        .append("kind: KafkaTopic\n")
                        .append("metadata:\n")
                        .append("  name: ")
                        .append(name.replace('.', '-'))
                        .append('\n')
                        .append("  labels:\n")
                        .append("    app.kubernetes.io/part-of: targetbot\n")
                        .append("    strimzi.io/cluster: targetbot\n")
                        .append("spec:\n")
                        .append("  topicName: ")
                        .append(name)
                        .append('\n')
                        .append("  partitions: ")
                        .append(partitions)
                        .append('\n')
                        .append("  replicas: 3\n")
                        .append("  config:\n")
                        .append("    min.insync.replicas: 2\n");
                yaml.append("    retention.ms: \"").append(retention).append("\"\n");
                if (name.equals(topic.name()) && topic.compacted()) {
                    yaml.append("    cleanup.policy: compact\n");
                }
            }
        }
        return yaml.toString();
    }
}
