package com.targetbot.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.Envelope;
import com.targetbot.events.Topics;
import com.targetbot.events.leads.Attribution;
import com.targetbot.events.leads.Contact;
import com.targetbot.events.leads.CreateLead;
import com.targetbot.events.leads.DeleteLead;
import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.LeadStatus;
import com.targetbot.events.leads.MetaAd;
import com.targetbot.events.leads.UpdateLead;
import com.targetbot.events.leads.Utm;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.leads.rebuild.LeadsRebuild;
import com.targetbot.leads.store.Lead;
import com.targetbot.leads.store.LeadQueries;
import com.targetbot.leads.store.LeadWrites;
import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.Leads;
import com.targetbot.testkit.RedisFixture;
import com.targetbot.testkit.RetiredEvents;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.DataType;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;

@LeadsServiceTest
class LeadsRebuildIT {

    @Autowired
    EventPublisher publisher;

    @Autowired
    KafkaTemplate<Object, Object> kafkaTemplate;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    LeadWrites leads;

    @Autowired
    LeadQueries queries;

    @Autowired
    LeadsRebuild rebuild;

    @Test
    void wipedRedisIsRebuiltFromLeadsEventsToExactlyTheStateBefore() throws Exception {
        String phone = "+7999" + ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L);
        var kept = create("Остаётся", phone);
        var duplicate = create("Дубликат", phone);
        var erased = create("Удаляется", "+79995550002");
        // Leads of different ids sit on different partitions, consumed in parallel: the duplicate must
        // arrive after the original is stored, as a later lead would.
        publisher.publish(kept).get(10, TimeUnit.SECONDS);
        await().until(() -> queries.find(kept.leadId()).isPresent());
        for (CreateLead command : List.of(duplicate, erased)) {
            publisher.publish(command).get(10, TimeUnit.SECONDS);
        }
        publisher
                .publish(
                        new UpdateLead(kept.leadId(), LeadStatus.LOST, "anna", "нет бюджета", Instant.now(), "admin:a"))
                .get(10, TimeUnit.SECONDS);
        publisher
                .publish(new DeleteLead(erased.leadId(), Instant.now(), "admin:dpo"))
                .get(10, TimeUnit.SECONDS);
        awaitEveryPartitionDrained();
        assertThat(queries.find(kept.leadId()).orElseThrow().status()).isEqualTo(LeadStatus.LOST);
        Long keptNumber = queries.find(kept.leadId()).orElseThrow().number();
        assertThat(keptNumber).isNotNull();
        Map<String, Object> before = snapshot();

        assertThat(leads.eraseAll()).isPositive();
        assertThat(snapshot()).isEmpty();
        LeadsRebuild.Result result = rebuild.rebuild();

        assertThat(result.replayed()).isPositive();
        assertThat(snapshot()).isEqualTo(before);
        assertThat(queries.find(erased.leadId())).isEmpty();
        assertThat(queries.find(duplicate.leadId()).orElseThrow().duplicateOf()).isEqualTo(kept.leadId());
        // The snapshot holds the numbers and the last number; the number index finds the lead again.
        assertThat(queries.findByNumber(keptNumber).orElseThrow().id()).isEqualTo(kept.leadId());
    }

    @Test
    void aV1LeadCreatedKeptOnTheTopicIsReplayedAsTheSameLead() throws Exception {
        String leadId = UUID.randomUUID().toString();
        String v1 = """
                {"leadId":"%s","name":"Из старых","phone":"+79995550004","email":null,"comment":null,
                 "source":"api","status":"new","createdAt":"2025-06-01T10:00:00Z","createdBy":"api-key:old",
                 "utmSource":"vk","utmMedium":null,"utmCampaign":"spring","utmContent":null,"utmTerm":null,
                 "metaCampaignId":null,"metaAdId":"1202","metaFormId":null,"duplicateOf":null}""".formatted(leadId);
        RetiredEvents.publish(
                Topics.LEADS_EVENTS,
                leadId,
                "com.targetbot.lead.created.v1",
                "/targetbot/leads-service",
                Instant.parse("2025-06-01T10:00:00Z"),
                v1);

        leads.eraseAll();
        rebuild.rebuild();

        Lead lead = queries.find(leadId).orElseThrow();
        assertThat(lead.contact()).isEqualTo(new Contact("Из старых", "+79995550004", null));
        assertThat(lead.attribution())
                .isEqualTo(new Attribution(new Utm("vk", null, "spring", null, null), new MetaAd(null, "1202", null)));
        assertThat(lead.createdBy()).isEqualTo("api-key:old");
        assertThat(lead.number()).isNull();
    }

    @Test
    void rebuildCommandOfTheOperationsGuideRebuildsRedisAndExits() throws Exception {
        publisher.publish(create("Командой", "+79995550003")).get(10, TimeUnit.SECONDS);
        awaitEveryPartitionDrained();
        Map<String, Object> before = snapshot();
        leads.eraseAll();

        // The documented command, against this test's broker and Redis.
        Process rebuildProcess = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-jar",
                        Path.of("target", "leads-service.jar").toString(),
                        "--targetbot.leads.rebuild=true",
                        "--spring.main.web-application-type=none",
                        "--spring.kafka.listener.auto-startup=false",
                        "--spring.kafka.bootstrap-servers=" + KafkaFixture.bootstrapServers(),
                        "--spring.data.redis.port=" + RedisFixture.port(),
                        "--targetbot.kafka.partitions=2")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "rebuild-command.log").toFile())
                .start();

        assertThat(rebuildProcess.waitFor(3, TimeUnit.MINUTES))
                .as("the rebuild exits")
                .isTrue();
        assertThat(rebuildProcess.exitValue()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    /**
     * Sends a sentinel to every partition of leads.commands and waits until each is stored: commands are
     * handled in order per partition, so everything sent before (by any test) has been applied.
     */
    private void awaitEveryPartitionDrained() throws Exception {
        var sentinels = new ArrayList<String>();
        int partitions = kafkaTemplate.partitionsFor("leads.commands").size();
        for (int partition = 0; partition < partitions; partition++) {
            var sentinel = create("Sentinel", null);
            kafkaTemplate
                    .send(new ProducerRecord<>(
                            "leads.commands", partition, sentinel.leadId(), Envelope.wrap(sentinel, "leads-it")))
                    .get(10, TimeUnit.SECONDS);
            sentinels.add(sentinel.leadId());
        }
        await().until(() -> sentinels.stream()
                .allMatch(id ->
                        queries.find(id).isPresent() && redis.opsForHash().hasKey("leads:lead:" + id, "announcedAt")));
    }

    /**
     * Every key of the service with its value; a lead hash without {@code announcedAt}, which records when the
     * broker acknowledged the announcement, not a fact about the lead.
     */
    private Map<String, Object> snapshot() {
        var keys = new ArrayList<String>();
        try (var cursor = redis.scan(
                ScanOptions.scanOptions().match("leads:*").count(1000).build())) {
            cursor.forEachRemaining(keys::add);
        }
        var state = new TreeMap<String, Object>();
        for (String key : keys) {
            DataType type = redis.type(key);
            Object value = switch (type) {
                case STRING -> redis.opsForValue().get(key);
                case HASH -> {
                    var fields = new TreeMap<Object, Object>(redis.opsForHash().entries(key));
                    fields.remove("announcedAt");
                    yield fields;
                }
                case ZSET ->
                    List.copyOf(redis.opsForZSet().rangeWithScores(key, 0, -1).stream()
                            .map(tuple -> tuple.getValue() + "@" + tuple.getScore())
                            .toList());
                default -> throw new AssertionError("unexpected " + type + " at " + key);
            };
            // A counter at zero and a missing counter read the same; the rebuild may leave either.
            if (!"0".equals(value)) {
                state.put(key, value);
            }
        }
        return state;
    }

    private static CreateLead create(String name, String phone) {
        return Leads.createLead()
                .name(name)
                .phone(phone)
                .source(LeadSource.MANUAL)
                .by("admin:a")
                .build();
    }
}
