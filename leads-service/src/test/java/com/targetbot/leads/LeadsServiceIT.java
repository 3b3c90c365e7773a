package com.targetbot.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.CloudEventHeaders;
import com.targetbot.events.Envelope;
import com.targetbot.events.leads.CreateLead;
import com.targetbot.kit.kafka.KafkaKitAutoConfiguration;
import com.targetbot.leads.store.Lead;
import com.targetbot.leads.store.LeadWrites;
import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.Leads;
import com.targetbot.testkit.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

class LeadsServiceIT extends LeadsIntegration {

    private static final Duration POLL = Duration.ofMillis(200);

    @Autowired
    KafkaTemplate<Object, Object> kafkaTemplate;

    @Autowired
    LeadWrites leads;

    @Test
    void createLeadIsStoredReadableOverHttpAndAnnouncedOnLeadsEvents() throws Exception {
        var command = createLead("Анна Петрова");

        publish(command);

        JsonNode lead = awaitLead(command.leadId());
        assertThat(lead.propertyNames())
                .containsExactly(
                        "id",
                        "number",
                        "name",
                        "phone",
                        "email",
                        "comment",
                        "source",
                        "status",
                        "createdAt",
                        "createdBy",
                        "assignee",
                        "updatedAt",
                        "duplicateOf",
                        "projectId",
                        "utmSource",
                        "utmMedium",
                        "utmCampaign",
                        "utmContent",
                        "utmTerm",
                        "metaCampaignId",
                        "metaAdId",
                        "metaFormId",
                        "metaAdsetId",
                        "metaCampaignName",
                        "metaAdName",
                        "history");
        assertThat(lead.get("id").asString()).isEqualTo(command.leadId());
        assertThat(lead.get("name").asString()).isEqualTo("Анна Петрова");
        assertThat(lead.get("phone").asString()).isEqualTo(command.contact().phone());
        assertThat(lead.get("email").asString()).isEqualTo(command.contact().email());
        assertThat(lead.get("comment").asString()).isEqualTo(command.comment());
        assertThat(lead.get("source").asString()).isEqualTo("api");
        assertThat(lead.get("status").asString()).isEqualTo("new");
        assertThat(lead.get("createdBy").asString()).isEqualTo("api-key:tb_test");
        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "leads.events")) {
            await().untilAsserted(() -> assertThat(probe.about(command.leadId(), POLL))
                    .singleElement()
                    .satisfies(created -> {
                        assertThat(TopicProbe.header(created, CloudEventHeaders.TYPE))
                                .isEqualTo("com.targetbot.lead.created.v2");
                        JsonNode data = json.readTree(created.value());
                        assertThat(data.get("leadId").asString()).isEqualTo(command.leadId());
                        assertThat(data.get("status").asString()).isEqualTo("new");
                        assertThat(data.get("createdAt").asString())
                                .isEqualTo(lead.get("createdAt").asString());
                    }));
        }
    }

    @Test
    void commandDeliveredTwiceIsStoredCountedAndAnnouncedOnce() throws Exception {
        Stats before = stats();
        var command = createLead("Дубль");
        var sentinel = createLead("Sentinel");

        int partition = publisher
                .publish(command)
                .get(10, TimeUnit.SECONDS)
                .getRecordMetadata()
                .partition();
        publish(command);
        // Same partition, after the duplicate: once the sentinel is stored, the duplicate has been handled.
        kafkaTemplate
                .send(new ProducerRecord<>(
                        "leads.commands", partition, sentinel.leadId(), Envelope.wrap(sentinel, "leads-it")))
                .get(10, TimeUnit.SECONDS);

        JsonNode lead = awaitLead(command.leadId());
        long sentinelNumber = awaitLead(sentinel.leadId()).get("number").asLong();
        assertThat(stats()).isEqualTo(new Stats(before.total() + 2, before.today() + 2));
        // The redelivery took no number of its own: the sentinel's follows the lead's.
        assertThat(sentinelNumber).isEqualTo(lead.get("number").asLong() + 1);
        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "leads.events")) {
            await().until(() -> probe.about(sentinel.leadId(), POLL), events -> !events.isEmpty());
            assertThat(probe.about(command.leadId(), POLL))
                    .singleElement()
                    .satisfies(created -> assertThat(json.readTree(created.value())
                                    .get("createdAt")
                                    .asString())
                            .isEqualTo(lead.get("createdAt").asString()));
        }
    }

    @Test
    void leadStoredBeforeItsAnnouncementWasAcknowledgedIsAnnouncedOnRedeliveryWithoutCountingAgain() throws Exception {
        var command = createLead("Сбой");
        Instant storedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);
        // As if the service stopped between storing the lead and the broker's ack of LeadCreated.
        leads.insert(Lead.accepted(command, storedAt));
        Stats before = stats();

        publish(command);

        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "leads.events")) {
            await().untilAsserted(() -> assertThat(probe.about(command.leadId(), POLL))
                    .singleElement()
                    .satisfies(created -> assertThat(Instant.parse(json.readTree(created.value())
                                    .get("createdAt")
                                    .asString()))
                            .isEqualTo(storedAt)));
        }
        assertThat(stats()).isEqualTo(before);
    }

    @Test
    void statsGrowByExactlyOnePerNewLead() throws Exception {
        Stats before = stats();
        var first = createLead("Первый");
        var second = createLead("Второй");

        publish(first);
        publish(second);
        awaitLead(first.leadId());
        awaitLead(second.leadId());

        assertThat(stats()).isEqualTo(new Stats(before.total() + 2, before.today() + 2));
    }

    @Test
    void listReturnsTheNewestLeadsFirstWithinTheLimit() throws Exception {
        var older = createLead("Older");
        var newer = createLead("Newer");
        publish(older);
        awaitLead(older.leadId());
        publish(newer);
        awaitLead(newer.leadId());

        // More leads than a default page, so a default page that is not capped at 50 shows.
        List<CreateLead> more = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            more.add(createLead("More " + i));
        }
        for (CreateLead lead : more) {
            publish(lead);
        }
        more.forEach(lead -> awaitLead(lead.leadId()));

        List<String> ids = ids("/leads?limit=200");
        List<String> one = ids("/leads?limit=1");
        List<String> byDefault = ids("/leads");

        assertThat(ids)
                .filteredOn(id -> Set.of(older.leadId(), newer.leadId()).contains(id))
                .containsExactly(newer.leadId(), older.leadId());
        assertThat(ids).hasSizeGreaterThan(50);
        assertThat(one).containsExactly(ids.getFirst());
        assertThat(byDefault).isEqualTo(ids.subList(0, 50));
    }

    @Test
    void exportStreamsEveryLeadAsNdjsonInCreationOrder() throws Exception {
        List<CreateLead> commands = List.of(createLead("One"), createLead("Two"), createLead("Three"));
        for (CreateLead command : commands) {
            publish(command);
            awaitLead(command.leadId());
        }

        byte[] export = http.get()
                .uri("/leads/export")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.APPLICATION_NDJSON)
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();

        List<JsonNode> lines = new String(export, StandardCharsets.UTF_8)
                .lines()
                .map(json::readTree)
                .toList();
        List<String> ours = commands.stream().map(CreateLead::leadId).toList();
        assertThat(lines).hasSize((int) stats().total());
        assertThat(lines)
                .extracting(line -> line.get("id").asString())
                .doesNotHaveDuplicates()
                .filteredOn(ours::contains)
                .containsExactlyElementsOf(ours);
        assertThat(lines).contains(awaitLead(ours.getFirst()));
        assertThat(lines)
                .extracting(line -> Instant.parse(line.get("createdAt").asString()))
                .isSorted();
    }

    @Test
    void createLeadWithBlankNameIsDeadLetteredAndLaterCommandsStillFlow() throws Exception {
        var blank = createLead("   ");
        var valid = createLead("Valid");

        publish(blank);
        publish(valid);

        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "leads.commands.dlt")) {
            await().untilAsserted(() -> assertThat(probe.about(blank.leadId(), POLL))
                    .singleElement()
                    .satisfies(dead -> assertThat(
                                    TopicProbe.header(dead, KafkaKitAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                            .isEqualTo("name is blank")));
        }
        awaitLead(valid.leadId());
        assertThat(lead(blank.leadId())).isEmpty();
    }

    @Test
    void unknownLeadIsANotFoundProblem() {
        http.get()
                .uri("/leads/{id}", UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(404)
                .jsonPath("$.title")
                .isEqualTo("Not Found");
    }

    @Test
    void limitAboveTheCapIsABadRequestProblemNamingTheField() {
        assertThatProblem(http.get().uri("/leads?limit=201").exchange())
                .hasStatus(400)
                .hasFieldErrorsOn("limit")
                .hasFieldError("limit", "out_of_range");
    }

    @Test
    void nonNumericLimitIsABadRequestNamingTheParameter() {
        assertThatProblem(http.get().uri("/leads?limit=abc").exchange())
                .hasStatus(400)
                .hasFieldError("limit", "invalid_format", "has an invalid value 'abc'");
    }

    @Test
    void readinessProbeIsUpWhileRedisAnswers() {
        http.get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
    }

    private static CreateLead createLead(String name) {
        return Leads.createLead()
                .name(name)
                .phone("+79990001122")
                .email("lead@example.com")
                .comment("Хочу консультацию")
                .build();
    }

    private Stats stats() {
        return http.get()
                .uri("/leads/stats")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Stats.class)
                .returnResult()
                .getResponseBody();
    }

    record Stats(long total, long today) {}
}
