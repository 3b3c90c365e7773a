package com.targetbot.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.CloudEventHeaders;
import com.targetbot.events.Envelope;
import com.targetbot.events.leads.CreateLead;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.kit.kafka.KafkaKitAutoConfiguration;
import com.targetbot.leads.store.Lead;
import com.targetbot.leads.store.LeadWrites;
import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.Leads;
import com.targetbot.testkit.ProblemAssert;
import com.targetbot.testkit.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LeadsServiceTest
class LeadsServiceIT {

    private static final Duration POLL = Duration.ofMillis(200);

    @LocalServerPort
    int port;

    @Autowired
    EventPublisher publisher;

    @Autowired
    KafkaTemplate<Object, Object> kafkaTemplate;

    @Autowired
    JsonMapper json;

    @Autowired
    LeadWrites leads;

    RestTestClient http;

    @BeforeEach
    void connect() {
        http = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    @Test
    void createLeadIsStoredReadableOverHttpAndAnnouncedOnLeadsEvents() throws Exception {
        var command = createLead("Анна Петрова");

        publisher.publish(command).get(10, TimeUnit.SECONDS);

        JsonNode lead = awaitLead(command.leadId());
        assertThat(lead.propertyNames())
                .containsExactly(
                        "id",
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
        publisher.publish(command).get(10, TimeUnit.SECONDS);
        // Same partition, after the duplicate: once the sentinel is stored, the duplicate has been handled.
        kafkaTemplate
                .send(new ProducerRecord<>(
                        "leads.commands", partition, sentinel.leadId(), Envelope.wrap(sentinel, "leads-it")))
                .get(10, TimeUnit.SECONDS);

        JsonNode lead = awaitLead(command.leadId());
        awaitLead(sentinel.leadId());
        assertThat(stats()).isEqualTo(new Stats(before.total() + 2, before.today() + 2));
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

        publisher.publish(command).get(10, TimeUnit.SECONDS);

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

        publisher.publish(first).get(10, TimeUnit.SECONDS);
        publisher.publish(second).get(10, TimeUnit.SECONDS);
        awaitLead(first.leadId());
        awaitLead(second.leadId());

        assertThat(stats()).isEqualTo(new Stats(before.total() + 2, before.today() + 2));
    }

    @Test
    void listReturnsTheNewestLeadsFirstWithinTheLimit() throws Exception {
        var older = createLead("Older");
        var newer = createLead("Newer");
        publisher.publish(older).get(10, TimeUnit.SECONDS);
        awaitLead(older.leadId());
        publisher.publish(newer).get(10, TimeUnit.SECONDS);
        awaitLead(newer.leadId());

        // More leads than a default page, so a default page that is not capped at 50 shows.
        List<CreateLead> more = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            more.add(createLead("More " + i));
        }
        for (CreateLead lead : more) {
            publisher.publish(lead).get(10, TimeUnit.SECONDS);
        }
        more.forEach(lead -> awaitLead(lead.leadId()));

        List<String> ids = listIds("/leads?limit=200");
        List<String> one = listIds("/leads?limit=1");
        List<String> byDefault = listIds("/leads");

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
            publisher.publish(command).get(10, TimeUnit.SECONDS);
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

        publisher.publish(blank).get(10, TimeUnit.SECONDS);
        publisher.publish(valid).get(10, TimeUnit.SECONDS);

        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "leads.commands.dlt")) {
            await().untilAsserted(() -> assertThat(probe.about(blank.leadId(), POLL))
                    .singleElement()
                    .satisfies(dead -> assertThat(
                                    TopicProbe.header(dead, KafkaKitAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                            .isEqualTo("name is blank")));
        }
        awaitLead(valid.leadId());
        assertThat(findLead(blank.leadId())).isEmpty();
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

    private JsonNode awaitLead(String id) {
        return await().until(() -> findLead(id), Optional::isPresent).orElseThrow();
    }

    private Optional<JsonNode> findLead(String id) {
        var result = http.get().uri("/leads/{id}", id).exchange().returnResult(String.class);
        return result.getStatus().value() == 200
                ? Optional.of(json.readTree(result.getResponseBody()))
                : Optional.empty();
    }

    private List<String> listIds(String uri) {
        String body = http.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return json.readTree(body)
                .get("items")
                .valueStream()
                .map(item -> item.get("id").asString())
                .toList();
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

    private static ProblemAssert assertThatProblem(RestTestClient.ResponseSpec response) {
        EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
        MediaType type = result.getResponseHeaders().getContentType();
        return ProblemAssert.assertThatProblem(
                result.getStatus().value(), type == null ? null : type.toString(), result.getResponseBody());
    }
}
