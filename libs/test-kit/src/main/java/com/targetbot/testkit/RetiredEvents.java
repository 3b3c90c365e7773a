package com.targetbot.testkit;

import com.targetbot.events.CloudEventHeaders;
import com.targetbot.events.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes an event as an older version of a service wrote it (its JSON and CloudEvents headers given as they
 * were), past today's serializer, which cannot write a retired version: for tests that readers still take it.
 */
public final class RetiredEvents {

    private RetiredEvents() {}

    /**
     * Publishes to the test JVM's broker ({@link KafkaFixture}) and waits for the ack.
     *
     * @param type the retired CloudEvents type, e.g. {@code com.targetbot.lead.created.v1}
     * @param source the service that wrote it, e.g. {@code /targetbot/leads-service}
     */
    public static void publish(Topic topic, String key, String type, String source, Instant time, String json)
            throws Exception {
        var record = new ProducerRecord<String, byte[]>(topic.name(), key, json.getBytes(StandardCharsets.UTF_8));
        Map.of(
                        CloudEventHeaders.ID,
                        UUID.randomUUID().toString(),
                        CloudEventHeaders.TYPE,
                        type,
                        CloudEventHeaders.SOURCE,
                        source,
                        CloudEventHeaders.SPEC_VERSION,
                        CloudEventHeaders.SPEC_VERSION_VALUE,
                        CloudEventHeaders.TIME,
                        time.toString(),
                        CloudEventHeaders.SUBJECT,
                        key,
                        CloudEventHeaders.CONTENT_TYPE,
                        CloudEventHeaders.JSON)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaFixture.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(record).get(10, TimeUnit.SECONDS);
        }
    }
}
