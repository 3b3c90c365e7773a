package com.targetbot.meta.leadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.CloudEventDeserializer;
import com.targetbot.events.leads.CreateLead;
import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.meta.MetaLeadgenReceived;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.kit.kafka.KafkaKitAutoConfiguration;
import com.targetbot.meta.MetaServiceTest;
import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.SandboxFixture;
import com.targetbot.testkit.TopicContents;
import com.targetbot.testkit.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Lead Ads against the sandbox's Graph API, real Kafka and Redis: notification, duplicate, lost, unreadable. */
@MetaServiceTest
class LeadAdsIT {

    private static final String PAGE = "2000001";

    @Autowired
    EventPublisher publisher;

    @Autowired
    LeadReconciliation reconciliation;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ReconciliationLock lock;

    @Test
    void notifiedLeadBecomesAMetaLeadWithItsAdAndCampaign() throws Exception {
        String name = "Анна " + UUID.randomUUID();
        JsonNode submitted = submit(name);

        notify(submitted);

        CreateLead command = leadCommand(LeadIds.of(submitted.path("leadgenId").asString(), created(submitted)));
        assertThat(command.source()).isEqualTo(LeadSource.META_LEADGEN);
        assertThat(command.contact().name()).isEqualTo(name);
        assertThat(command.contact().phone()).isEqualTo("+79991234567");
        assertThat(command.contact().email()).isEqualTo("anna@example.ru");
        assertThat(command.comment()).isEqualTo("preferred_time: после 18:00");
        assertThat(command.attribution().meta().campaignId()).isEqualTo("120210000000000101");
        assertThat(command.attribution().meta().adId()).isEqualTo("120230000000000101");
        assertThat(command.attribution().meta().formId()).isEqualTo("3000001");
        assertThat(command.attribution().meta().adsetId()).isEqualTo("120220000000000101");
        assertThat(command.attribution().meta().campaignName()).isEqualTo("Стоматология «Улыбка» — Имплантация #1");
        assertThat(command.attribution().meta().adName()).isEqualTo("Имплантация — видео");
        assertThat(command.requestedBy()).isEqualTo("meta:page:" + PAGE);
    }

    @Test
    void leadNotifiedTwiceIsCommandedUnderOneLeadId() throws Exception {
        String name = "Дубль " + UUID.randomUUID();
        JsonNode submitted = submit(name);

        notify(submitted);
        notify(submitted);

        String leadId = LeadIds.of(submitted.path("leadgenId").asString(), created(submitted));
        // A reconciliation run of another test may command it too: under the same id again.
        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "leads.commands")) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(probe.about(leadId, Duration.ofMillis(200)))
                            .hasSizeGreaterThanOrEqualTo(2));
        }
        assertThat(TopicContents.upToNow("leads.commands"))
                .filteredOn(record -> new String(record.value(), StandardCharsets.UTF_8).contains(name))
                .extracting(ConsumerRecord::key)
                .containsOnly(leadId);
    }

    @Test
    void leadWhoseNotificationWasLostIsRecoveredByReconciliationOnce() throws Exception {
        JsonNode submitted = submit("Потерянный " + UUID.randomUUID());
        String leadgenId = submitted.path("leadgenId").asString();
        double before = meters.counter("meta.leadgen.recovered").count();

        // A scheduled run may hold the lock for a moment: the next run that gets it must find the lead.
        AtomicReference<List<String>> recovered = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Optional<List<String>> run = reconciliation.run();
            run.ifPresent(recovered::set);
            return run.isPresent() && run.get().contains(leadgenId);
        });

        CreateLead command = leadCommand(LeadIds.of(leadgenId, created(submitted)));
        assertThat(command.source()).isEqualTo(LeadSource.META_LEADGEN);
        assertThat(meters.counter("meta.leadgen.recovered").count()).isGreaterThanOrEqualTo(before + 1);
        assertThat(reconciliation.run())
                .hasValueSatisfying(again -> assertThat(again).doesNotContain(leadgenId));
    }

    @Test
    void reconciliationDoesNotRunWhileAnotherReplicaHoldsTheLockAndAStaleHolderCannotReleaseIt() {
        AtomicReference<String> owner = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> lock.tryAcquire(Duration.ofMinutes(1))
                        .map(token -> {
                            owner.set(token);
                            return true;
                        })
                        .orElse(false));
        try {
            assertThat(reconciliation.run()).isEmpty();
            lock.release("someone-else");
            assertThat(reconciliation.run()).isEmpty();
        } finally {
            lock.release(owner.get());
        }

        assertThat(reconciliation.run()).isPresent();
    }

    @Test
    void leadThatCannotBeReadIsDeadLetteredWithTheReason() throws Exception {
        String missing =
                Long.toString(4_900_000_000_000L + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000));

        publisher
                .publish(new MetaLeadgenReceived(missing, PAGE, "3000001", null, Instant.now(), Instant.now()))
                .get(10, TimeUnit.SECONDS);

        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "meta.webhooks.dlt")) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(probe.about(missing, Duration.ofMillis(200)))
                            .singleElement()
                            .satisfies(record -> assertThat(TopicProbe.header(
                                            record, KafkaKitAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                                    .contains("lead " + missing + " cannot be read")
                                    .doesNotContain("sandbox-page-token")));
        }
    }

    private void notify(JsonNode submitted) throws Exception {
        publisher
                .publish(new MetaLeadgenReceived(
                        submitted.path("leadgenId").asString(),
                        submitted.path("pageId").asString(),
                        submitted.path("formId").asString(),
                        submitted.path("adId").asString(),
                        created(submitted),
                        Instant.now()))
                .get(10, TimeUnit.SECONDS);
    }

    private static CreateLead leadCommand(String leadId) {
        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "leads.commands")) {
            AtomicReference<CreateLead> command = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(probe.about(leadId, Duration.ofMillis(200)))
                            .first()
                            .satisfies(record -> command.set((CreateLead) new CloudEventDeserializer()
                                    .deserialize(record.topic(), record.headers(), record.value())
                                    .data())));
            return command.get();
        }
    }

    private static JsonNode submit(String name) {
        return RestClient.create(SandboxFixture.baseUrl())
                .post()
                .uri("/sandbox/graph/leads")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"pageId\":\"" + PAGE + "\",\"name\":\"" + name + "\",\"phone\":\"8 999 123-45-67\","
                        + "\"email\":\"anna@example.ru\",\"answers\":{\"preferred_time\":\"после 18:00\"}}")
                .retrieve()
                .body(JsonNode.class);
    }

    private static Instant created(JsonNode submitted) {
        return Instant.parse(submitted.path("createdTime").asString().replaceFirst("\\+0000$", "Z"));
    }
}
