package com.targetbot.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.CloudEventHeaders;
import com.targetbot.events.reports.GenerateReport;
import com.targetbot.events.reports.ReportFormat;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.kit.kafka.KafkaKitAutoConfiguration;
import com.targetbot.reports.storage.ReportStorage;
import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.S3Fixture;
import com.targetbot.testkit.S3TestInfrastructure;
import com.targetbot.testkit.TestInfrastructure;
import com.targetbot.testkit.TopicProbe;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.messages.Item;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.support.SendResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "targetbot.kafka.partitions=2",
            "targetbot.kafka.retry.attempts=1",
            "targetbot.kafka.retry.initial-interval=10ms"
        })
@Import({TestInfrastructure.class, S3TestInfrastructure.class, LeadsServiceStub.Config.class})
class ReportsServiceIT {

    private static final Duration GENERATION = Duration.ofSeconds(60);
    private static final String BUCKET = "targetbot-reports";
    private static final DateTimeFormatter DAY_PATH =
            DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    @LocalServerPort
    int port;

    @Autowired
    EventPublisher publisher;

    @Autowired
    LeadsServiceStub leadsService;

    @Autowired
    JsonMapper json;

    @Autowired
    ReportStorage storage;

    private final HttpClient http = HttpClient.newHttpClient();
    private final MinioClient s3 = MinioClient.builder()
            .endpoint(S3Fixture.endpoint())
            .region("us-east-1")
            .credentials(S3Fixture.ACCESS_KEY, S3Fixture.SECRET_KEY)
            .build();

    @AfterEach
    void close() throws Exception {
        http.close();
        s3.close();
    }

    @Test
    void generatedReportIsListedAnnouncedAndDownloadableAsCsvWithFormulasNeutralised() throws Exception {
        Instant created = Instant.parse("2026-11-20T08:15:00Z");
        leadsService.serve(List.of(
                LeadsServiceStub.lead(
                        "lead-anna",
                        "Анна Иванова",
                        "+79001234567",
                        "anna@example.com",
                        "Перезвонить после 18:00, обсудить тариф",
                        "telegram",
                        "new",
                        created),
                LeadsServiceStub.lead(
                        "lead-petr",
                        "Пётр Сидоров",
                        "89001112233",
                        "petr@example.com",
                        "=HYPERLINK(\"http://evil.example\",\"Нажми\")",
                        "api",
                        "won",
                        created.plusSeconds(60)),
                LeadsServiceStub.lead(
                        "lead-olga",
                        "Ольга",
                        "",
                        "olga@example.com",
                        "",
                        "meta_leadgen",
                        "spam",
                        created.plusSeconds(120))));
        GenerateReport command = command(Instant.now());

        publish(command);

        JsonNode report = awaitOutcome(command, "ready");
        assertThat(report.get("format").asString()).isEqualTo("csv");
        assertThat(report.get("rows").asLong()).isEqualTo(3);
        assertThat(Instant.parse(report.get("createdAt").asString())).isEqualTo(command.requestedAt());
        assertThat(listedIds(200)).contains(command.reportId());

        HttpResponse<byte[]> download = http.send(
                HttpRequest.newBuilder(URI.create(report.get("downloadUrl").asString()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = download.body();
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition ->
                        assertThat(disposition).startsWith("attachment").contains(command.reportId() + ".csv"));
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat((long) body.length).isEqualTo(report.get("sizeBytes").asLong());
        List<CSVRecord> rows = csv(body);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).values())
                .containsExactly("ID", "Создан (UTC)", "Имя", "Телефон", "Email", "Источник", "Статус", "Комментарий");
        assertThat(rows.get(1).values())
                .containsExactly(
                        "lead-anna",
                        "2026-11-20 08:15:00",
                        "Анна Иванова",
                        "'+79001234567",
                        "anna@example.com",
                        "Telegram",
                        "Новый",
                        "Перезвонить после 18:00, обсудить тариф");
        assertThat(rows.get(2).get(2)).isEqualTo("Пётр Сидоров");
        assertThat(rows.get(2).get(7)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Нажми\")");
        assertThat(rows.get(3).get(6)).isEqualTo("Спам");

        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "reports.events")) {
            await().atMost(GENERATION)
                    .untilAsserted(() -> assertThat(probe.about(command.reportId(), Duration.ofMillis(200)))
                            .singleElement()
                            .satisfies(event -> {
                                assertThat(TopicProbe.header(event, CloudEventHeaders.TYPE))
                                        .isEqualTo("com.targetbot.report.generated.v1");
                                JsonNode data = json.readTree(event.value());
                                assertThat(data.get("objectKey").asString()).isEqualTo(objectKey(command));
                                assertThat(data.get("rows").asLong()).isEqualTo(3);
                                assertThat(data.get("sizeBytes").asLong()).isEqualTo(body.length);
                            }));
        }
    }

    @Test
    void failingExportMarksTheReportFailedAndPublishesTheReason() throws Exception {
        leadsService.failWith(500);
        GenerateReport command = command(Instant.now());

        publish(command);

        JsonNode report = awaitOutcome(command, "failed");
        assertThat(report.get("downloadUrl").isNull()).isTrue();
        assertThat(report.get("rows").isNull()).isTrue();
        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "reports.events")) {
            await().atMost(GENERATION)
                    .untilAsserted(() -> assertThat(probe.about(command.reportId(), Duration.ofMillis(200)))
                            .singleElement()
                            .satisfies(event -> {
                                assertThat(TopicProbe.header(event, CloudEventHeaders.TYPE))
                                        .isEqualTo("com.targetbot.report.failed.v1");
                                assertThat(json.readTree(event.value())
                                                .get("reason")
                                                .asString())
                                        .contains("500");
                            }));
        }
        assertThat(objectsOf(command)).isEmpty();
    }

    @Test
    void sameCommandTwiceGeneratesOnceStoresOneObjectAndAnnouncesOnce() throws Exception {
        leadsService.serve(List.of(LeadsServiceStub.lead(
                "lead-1", "Анна", "+79001234567", "anna@example.com", "", "api", "new", Instant.now())));
        int exportsBefore = leadsService.exportRequests();
        GenerateReport command = command(Instant.now());

        publish(command);
        SendResult<Object, Object> repeated = publish(command);

        awaitConsumed(repeated);
        assertThat(awaitOutcome(command, "ready").get("rows").asLong()).isEqualTo(1);
        assertThat(leadsService.exportRequests() - exportsBefore).isEqualTo(1);
        assertThat(objectsOf(command)).containsExactly(objectKey(command));
        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "reports.events")) {
            await().atMost(GENERATION)
                    .until(() -> !probe.about(command.reportId(), Duration.ofMillis(200))
                            .isEmpty());
            assertThat(probe.about(command.reportId(), Duration.ofSeconds(1))).hasSize(1);
        }
    }

    @Test
    void largeExportStreamsIntoAMultipartObjectWithEveryRow() throws Exception {
        int leads = 70_000;
        leadsService.serveGenerated(leads);
        GenerateReport command = command(Instant.now());

        publish(command);

        JsonNode report = awaitOutcome(command, "ready");
        long size = report.get("sizeBytes").asLong();
        assertThat(report.get("rows").asLong()).isEqualTo(leads);
        assertThat(size).as("more than one 10 MiB part").isGreaterThan(10L * 1024 * 1024);
        var stat = s3.statObject(StatObjectArgs.builder()
                .bucket(BUCKET)
                .object(objectKey(command))
                .build());
        assertThat(stat.size()).isEqualTo(size);
        assertThat(stat.etag()).as("multipart ETag names its part count").endsWith("-2");
        HttpResponse<Stream<String>> download = http.send(
                HttpRequest.newBuilder(URI.create(report.get("downloadUrl").asString()))
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = download.body()) {
            assertThat(lines.count()).isEqualTo(leads + 1L);
        }
    }

    @Test
    void writerFailingAfterTheFirstPartLeavesNoObject() throws Exception {
        String key = "reports/broken/" + UUID.randomUUID() + ".csv";
        byte[] chunk = new byte[1024 * 1024];

        assertThatThrownBy(() -> storage.upload(key, "broken.csv", "text/csv; charset=utf-8", out -> {
                    for (int i = 0; i < 12; i++) {
                        out.write(chunk);
                    }
                    throw new IOException("leads export broke off");
                }))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("leads export broke off");
        assertThat(objectsUnder("reports/broken/")).doesNotContain(key);
    }

    @Test
    void reportsAreListedNewestFirstUpToTheLimit() throws Exception {
        leadsService.serve(List.of());
        Instant now = Instant.now();
        GenerateReport older = command(now.plus(1, ChronoUnit.DAYS));
        GenerateReport newer = command(now.plus(2, ChronoUnit.DAYS));

        publish(newer);
        publish(older);

        assertThat(awaitOutcome(older, "ready").get("rows").asLong()).isZero();
        awaitOutcome(newer, "ready");
        List<String> ids = listedIds(200);
        assertThat(ids.indexOf(newer.reportId())).isNotNegative().isLessThan(ids.indexOf(older.reportId()));
        assertThat(listedIds(1)).containsExactly(newer.reportId());
    }

    @Test
    void commandWithAnUnsafeReportIdIsDeadLetteredWithTheReason() throws Exception {
        var command = new GenerateReport(
                "../../etc/passwd-" + UUID.randomUUID(), ReportFormat.CSV, "admin:test", Instant.now());

        publish(command);

        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "reports.commands.dlt")) {
            await().atMost(GENERATION)
                    .untilAsserted(() -> assertThat(probe.about(command.reportId(), Duration.ofMillis(200)))
                            .singleElement()
                            .satisfies(dead -> assertThat(TopicProbe.header(
                                            dead, KafkaKitAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                                    .startsWith("report id must match")));
        }
    }

    @Test
    void unknownReportIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = get("/reports/" + UUID.randomUUID());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void limitBelowOneIsABadRequestProblem() throws Exception {
        HttpResponse<String> response = get("/reports?limit=0");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void readinessCoversRedisAndObjectStorage() throws Exception {
        HttpResponse<String> response = get("/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("status").asString()).isEqualTo("UP");
    }

    private static GenerateReport command(Instant requestedAt) {
        return new GenerateReport(
                UUID.randomUUID().toString(),
                ReportFormat.CSV,
                "admin:test",
                requestedAt.truncatedTo(ChronoUnit.MILLIS));
    }

    private static String objectKey(GenerateReport command) {
        return "reports/" + DAY_PATH.format(command.requestedAt()) + "/" + command.reportId() + ".csv";
    }

    private SendResult<Object, Object> publish(GenerateReport command) throws Exception {
        return publisher.publish(command).get(10, TimeUnit.SECONDS);
    }

    /** Waits until the report leaves pending, then checks it ended as expected. */
    private JsonNode awaitOutcome(GenerateReport command, String status) {
        var seen = new AtomicReference<JsonNode>();
        await().atMost(GENERATION).until(() -> {
            HttpResponse<String> response = get("/reports/" + command.reportId());
            if (response.statusCode() != 200) {
                return false;
            }
            JsonNode report = json.readTree(response.body());
            seen.set(report);
            return !"pending".equals(report.get("status").asString());
        });
        assertThat(seen.get().get("status").asString()).isEqualTo(status);
        return seen.get();
    }

    /** Waits until reports-service has committed past a command, i.e. finished handling it. */
    private void awaitConsumed(SendResult<Object, Object> sent) {
        var partition = new TopicPartition(
                sent.getRecordMetadata().topic(), sent.getRecordMetadata().partition());
        long offset = sent.getRecordMetadata().offset();
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaFixture.bootstrapServers()))) {
            await().atMost(GENERATION).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("reports-service")
                        .partitionsToOffsetAndMetadata()
                        .get()
                        .get(partition);
                return committed != null && committed.offset() > offset;
            });
        }
    }

    private List<String> listedIds(int limit) throws Exception {
        HttpResponse<String> response = get("/reports?limit=" + limit);
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JsonNode page = json.readTree(response.body());
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        // The total counts every report, not only this page.
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(ids.size());
        return ids;
    }

    private List<String> objectsOf(GenerateReport command) throws Exception {
        return objectsUnder("reports/").stream()
                .filter(name -> name.endsWith("/" + command.reportId() + ".csv"))
                .toList();
    }

    private List<String> objectsUnder(String prefix) throws Exception {
        List<String> names = new ArrayList<>();
        for (Result<Item> result : s3.listObjects(ListObjectsArgs.builder()
                .bucket(BUCKET)
                .prefix(prefix)
                .recursive(true)
                .build())) {
            names.add(result.get().objectName());
        }
        return names;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<CSVRecord> csv(byte[] body) throws IOException {
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }
}
