package com.targetbot.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.CloudEventHeaders;
import com.targetbot.events.Envelope;
import com.targetbot.events.Topics;
import com.targetbot.events.leads.DeleteLead;
import com.targetbot.events.reports.GenerateReport;
import com.targetbot.events.reports.ReportCommand;
import com.targetbot.events.reports.ReportFormat;
import com.targetbot.kit.idempotency.IdempotencyGuard;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.kit.kafka.KafkaKitAutoConfiguration;
import com.targetbot.kit.kafka.RejectedEventException;
import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.TestInfrastructure;
import com.targetbot.testkit.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

@SpringBootTest(classes = ServiceKitIT.KitTestApplication.class)
@Import(TestInfrastructure.class)
class ServiceKitIT {

    @Autowired
    EventPublisher publisher;

    @Autowired
    KafkaTemplate<Object, Object> kafkaTemplate;

    @Autowired
    RecordingListener listener;

    @Autowired
    IdempotencyGuard guard;

    @Test
    void contractTopicsAreCreatedWithTheCatalogsRetention() throws Exception {
        var leadsEvents = new ConfigResource(ConfigResource.Type.TOPIC, Topics.LEADS_EVENTS.name());
        var leadsEventsDlt = new ConfigResource(ConfigResource.Type.TOPIC, Topics.LEADS_EVENTS.deadLetterName());
        var audit = new ConfigResource(ConfigResource.Type.TOPIC, Topics.AUDIT_EVENTS.name());
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaFixture.bootstrapServers()))) {
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(leadsEvents, leadsEventsDlt, audit))
                    .all()
                    .get(10, TimeUnit.SECONDS);

            assertThat(configs.get(leadsEvents)
                            .get(TopicConfig.RETENTION_MS_CONFIG)
                            .value())
                    .as("leads are rebuilt from this topic: nothing may expire")
                    .isEqualTo("-1");
            assertThat(configs.get(leadsEventsDlt)
                            .get(TopicConfig.RETENTION_MS_CONFIG)
                            .value())
                    .isEqualTo(Long.toString(Duration.ofDays(30).toMillis()));
            assertThat(configs.get(audit).get(TopicConfig.RETENTION_MS_CONFIG).value())
                    .isEqualTo(Long.toString(Duration.ofDays(365).toMillis()));
        }
    }

    @Test
    void publishedEventArrivesAsCloudEventWithItsKeyAndAttributes() throws Exception {
        var command = new GenerateReport("rep-" + UUID.randomUUID(), ReportFormat.CSV, "admin:test", Instant.now());

        var result = publisher.publish(command).get(10, TimeUnit.SECONDS);

        assertThat(result.getProducerRecord().key()).isEqualTo(command.reportId());
        await().untilAsserted(() -> assertThat(listener.received).anySatisfy(envelope -> {
            assertThat(envelope.data()).isEqualTo(command);
            assertThat(envelope.type()).isEqualTo("com.targetbot.report.generate.v1");
            assertThat(envelope.source().toString()).isEqualTo("/targetbot/kit-test");
            assertThat(envelope.subject()).isEqualTo(command.reportId());
        }));
    }

    @Test
    void recordThatBreaksTheContractGoesToTheDeadLetterTopicWithTheReason() {
        String key = "bad-" + UUID.randomUUID();
        var record = new ProducerRecord<Object, Object>(
                "reports.commands", key, "{not json".getBytes(StandardCharsets.UTF_8));
        record.headers()
                .add(new RecordHeader(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(StandardCharsets.UTF_8)))
                .add(new RecordHeader(
                        CloudEventHeaders.TYPE, "com.targetbot.report.generate.v1".getBytes(StandardCharsets.UTF_8)));

        kafkaTemplate.send(record);

        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "reports.commands.dlt")) {
            await().untilAsserted(() -> assertThat(probe.about(key, Duration.ofMillis(200)))
                    .singleElement()
                    .satisfies(dead -> assertThat(
                                    TopicProbe.header(dead, KafkaKitAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                            .isEqualTo("missing header ce_id")));
        }
    }

    @Test
    void eventRejectedByTheConsumerIsDeadLetteredAndLaterEventsStillFlow() throws Exception {
        var rejected = new GenerateReport("reject-" + UUID.randomUUID(), ReportFormat.CSV, "admin:test", Instant.now());
        var accepted = new GenerateReport("ok-" + UUID.randomUUID(), ReportFormat.CSV, "admin:test", Instant.now());

        publisher.publish(rejected).get(10, TimeUnit.SECONDS);
        publisher.publish(accepted).get(10, TimeUnit.SECONDS);

        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "reports.commands.dlt")) {
            await().untilAsserted(() -> assertThat(probe.about(rejected.reportId(), Duration.ofMillis(200)))
                    .singleElement()
                    .satisfies(dead -> {
                        assertThat(TopicProbe.header(dead, KafkaKitAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                                .isEqualTo("refused on purpose");
                        assertThat(TopicProbe.header(dead, CloudEventHeaders.TYPE))
                                .isEqualTo("com.targetbot.report.generate.v1");
                    }));
        }
        await().untilAsserted(() ->
                assertThat(listener.received).extracting(Envelope::subject).contains(accepted.reportId()));
    }

    @Test
    void eventOfAnotherTopicsTypeIsDeadLetteredBeforeTheListenerSeesIt() throws Exception {
        var misplaced =
                Envelope.wrap(new DeleteLead("lead-" + UUID.randomUUID(), Instant.now(), "admin:test"), "kit-test");

        kafkaTemplate
                .send(new ProducerRecord<>(Topics.REPORTS_COMMANDS_NAME, misplaced.subject(), misplaced))
                .get(10, TimeUnit.SECONDS);

        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), Topics.REPORTS_COMMANDS.deadLetterName())) {
            await().untilAsserted(() -> assertThat(probe.about(misplaced.subject(), Duration.ofMillis(200)))
                    .singleElement()
                    .satisfies(dead -> assertThat(
                                    TopicProbe.header(dead, KafkaKitAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                            .isEqualTo(
                                    "reports.commands carries ReportCommand only, got com.targetbot.lead.delete.v1")));
        }
        assertThat(listener.received).extracting(Envelope::subject).doesNotContain(misplaced.subject());
    }

    @Test
    void guardRunsAnActionOncePerIdAndAgainAfterAFailure() {
        String id = UUID.randomUUID().toString();
        var runs = new AtomicInteger();

        boolean first = guard.runOnce("test", id, Duration.ofMinutes(1), runs::incrementAndGet);
        boolean second = guard.runOnce("test", id, Duration.ofMinutes(1), runs::incrementAndGet);
        String failing = UUID.randomUUID().toString();
        try {
            guard.runOnce("test", failing, Duration.ofMinutes(1), () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the claim must be released so a redelivery can run it
        }
        boolean retried = guard.runOnce("test", failing, Duration.ofMinutes(1), runs::incrementAndGet);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(retried).isTrue();
        assertThat(runs).hasValue(2);
    }

    @SpringBootApplication
    @Import(RecordingListener.class)
    static class KitTestApplication {}

    @Component
    static class RecordingListener {

        final List<Envelope<ReportCommand>> received = new CopyOnWriteArrayList<>();

        // Idempotent: it only records what it received.
        @KafkaListener(topics = Topics.REPORTS_COMMANDS_NAME, groupId = "${spring.application.name}.recording")
        void on(Envelope<ReportCommand> envelope) {
            if (envelope.subject().startsWith("reject-")) {
                throw new RejectedEventException("refused on purpose");
            }
            received.add(envelope);
        }
    }
}
