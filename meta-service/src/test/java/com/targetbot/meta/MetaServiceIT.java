package com.targetbot.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.CloudEventDeserializer;
import com.targetbot.events.CloudEventHeaders;
import com.targetbot.events.Envelope;
import com.targetbot.events.meta.AdAccountsSynced;
import com.targetbot.events.meta.SyncAdAccounts;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

@MetaServiceTest
class MetaServiceIT {

    @LocalServerPort
    int port;

    @Autowired
    EventPublisher publisher;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void syncCommandStoresTheSandboxSnapshotAndAnnouncesItsCounts() throws Exception {
        var command = new SyncAdAccounts("sync-" + UUID.randomUUID(), "admin:test", Instant.now());

        publisher.publish(command).get(10, TimeUnit.SECONDS);

        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "meta.events")) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(probe.about(command.syncId(), Duration.ofMillis(200)))
                            .singleElement()
                            .satisfies(record -> assertThat(event(record))
                                    .isInstanceOfSatisfying(AdAccountsSynced.class, synced -> {
                                        assertThat(synced.adAccounts()).isEqualTo(3);
                                        assertThat(synced.campaigns()).isEqualTo(42);
                                    })));
        }
        JsonNode stats = http().get().uri("/meta/stats").retrieve().body(JsonNode.class);
        assertThat(stats.get("totals").get("adAccounts").asInt()).isEqualTo(3);
        assertThat(stats.get("totals").get("campaigns").asInt()).isEqualTo(42);
        assertThat(stats.get("adAccounts")).hasSize(3);
        int campaigns = 0;
        for (JsonNode account : stats.get("adAccounts")) {
            assertThat(account.get("id").asString()).startsWith("act_");
            campaigns += account.get("campaigns").size();
        }
        assertThat(campaigns).isEqualTo(42);
        assertThat(Instant.parse(stats.get("syncedAt").asString())).isAfterOrEqualTo(command.requestedAt());
        String outcomeKey = "meta:sync:" + command.syncId();
        assertThat(redis.opsForValue().get(outcomeKey)).contains("\"status\":\"synced\"");
        assertThat(redis.getExpire(outcomeKey)).isPositive();
        String metrics = http().get().uri("/actuator/prometheus").retrieve().body(String.class);
        assertThat(metrics.lines())
                .filteredOn(line -> line.startsWith("meta_graph_app_usage_percent{metric=\"call_count\"}"))
                .singleElement()
                .satisfies(line -> assertThat(line).doesNotEndWith(" 0.0"));
    }

    @Test
    void duplicateSyncCommandIsHandledOnce() throws Exception {
        var command = new SyncAdAccounts("dup-" + UUID.randomUUID(), "admin:test", Instant.now());

        publisher.publish(command).get(10, TimeUnit.SECONDS);
        RecordMetadata duplicate =
                publisher.publish(command).get(10, TimeUnit.SECONDS).getRecordMetadata();

        // Both deliveries are done once the group has committed past the duplicate (offsets follow side effects).
        await().atMost(Duration.ofSeconds(30))
                .until(() -> committedOffset(new TopicPartition(duplicate.topic(), duplicate.partition()))
                        > duplicate.offset());
        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "meta.events")) {
            await().untilAsserted(() -> assertThat(probe.about(command.syncId(), Duration.ofMillis(200)))
                    .isNotEmpty());
            assertThat(probe.about(command.syncId(), Duration.ofMillis(500))).hasSize(1);
        }
    }

    RestClient http() {
        return RestClient.create("http://127.0.0.1:" + port);
    }

    static Object event(ConsumerRecord<String, byte[]> record) {
        assertThat(TopicProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/targetbot/meta-service");
        Envelope<?> envelope =
                new CloudEventDeserializer().deserialize(record.topic(), record.headers(), record.value());
        return envelope.data();
    }

    static long committedOffset(TopicPartition partition) throws Exception {
        try (var admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaFixture.bootstrapServers()))) {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets("meta-service")
                    .partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS)
                    .get(partition);
            return committed == null ? -1 : committed.offset();
        }
    }
}
