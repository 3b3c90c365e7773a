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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.support.SendResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ReportsServiceTest
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
                .as("times are written in the agency's zone, which the header names")
                .containsExactly(
                        "ID", "Создан (Europe/Moscow)", "Имя", "Телефон", "Email", "Источник", "Статус", "Комментарий");
        assertThat(rows.get(1).values())
                .containsExactly(
                        "lead-anna",
                        "2026-11-20 11:15:00",
                        "Анна Иванова",
                        "'+79001234567",
                        "anna@example.com",
                        "Telegram",
                        "Новый",
                        "Перезвонить после 18:00, обсудить тариф");
        assertThat(rows.get(2).get(2)).isEqualTo("Пётр Сидоров");
        assertThat(rows.get(2).get(7)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Нажми\")");
        assertThat(rows.get(3).get(6)).isEqualTo("Спам");

        ConsumerRecord<String, byte[]> event = onlyRecord("reports.events", command);
        assertThat(TopicProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("com.targetbot.report.generated.v1");
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("objectKey").asString()).isEqualTo(objectKey(command));
        assertThat(data.get("rows").asLong()).isEqualTo(3);
        assertThat(data.get("sizeBytes").asLong()).isEqualTo(body.length);
    }

    @Test
    void periodReportsCoverTheCalendarDaysOfTheAgencysZoneAndNoPeriodCoversEveryLead() throws Exception {
        // Requested at 15:00 on 20 November in Moscow (UTC+3), where the day starts at 21:00 UTC the day before.
        Instant requestedAt = Instant.parse("2026-11-20T12:00:00Z");
        leadsService.serve(List.of(
                lead("two-days-ago", "2026-11-18T10:00:00Z"),
                lead("yesterday-at-midnight", "2026-11-18T21:00:00Z"),
                lead("yesterday-last-second", "2026-11-19T20:59:59Z"),
                lead("today-at-midnight-utc-yesterday", "2026-11-19T21:00:00Z"),
                lead("today-morning", "2026-11-20T06:00:00Z"),
                lead("after-the-request", "2026-11-20T12:30:00Z")));
        GenerateReport yesterday = command(requestedAt, "yesterday");
        GenerateReport today = command(requestedAt, "today");
        GenerateReport everything = command(requestedAt, null);

        publish(yesterday);
        publish(today);
        publish(everything);

        JsonNode yesterdays = awaitOutcome(yesterday, "ready");
        assertThat(yesterdays.get("period").asString()).isEqualTo("yesterday");
        assertThat(yesterdays.get("from").asString()).isEqualTo("2026-11-18T21:00:00Z");
        assertThat(yesterdays.get("to").asString()).isEqualTo("2026-11-19T21:00:00Z");
        assertThat(downloadedIds(yesterdays)).containsExactly("yesterday-at-midnight", "yesterday-last-second");

        JsonNode todays = awaitOutcome(today, "ready");
        assertThat(todays.get("period").asString()).isEqualTo("today");
        assertThat(todays.get("from").asString()).isEqualTo("2026-11-19T21:00:00Z");
        assertThat(todays.get("to").asString()).isEqualTo("2026-11-20T12:00:00Z");
        assertThat(todays.get("rows").asLong()).isEqualTo(2);
        assertThat(downloadedIds(todays)).containsExactly("today-at-midnight-utc-yesterday", "today-morning");
        HttpResponse<byte[]> todaysFile = download(todays);
        assertThat(todaysFile.headers().firstValue("x-amz-meta-period")).hasValue("today");
        assertThat(todaysFile.headers().firstValue("x-amz-meta-from")).hasValue("2026-11-19T21:00:00Z");
        assertThat(todaysFile.headers().firstValue("x-amz-meta-to")).hasValue("2026-11-20T12:00:00Z");
        assertThat(todaysFile.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition ->
                        assertThat(disposition).contains("leads-2026-11-20-" + today.reportId() + ".csv"));
        assertThat(listedItem(today.reportId()).get("period").asString()).isEqualTo("today");

        JsonNode all = awaitOutcome(everything, "ready");
        assertThat(all.get("period").isNull()).isTrue();
        assertThat(all.get("from").isNull()).isTrue();
        assertThat(all.get("to").isNull()).isTrue();
        assertThat(all.get("rows").asLong()).isEqualTo(6);
        assertThat(download(all).headers().firstValue("x-amz-meta-period")).hasValue("all");
    }

    @Test
    void unknownPeriodIsDeadLetteredWithTheReasonAndTheRequesterIsToldItFailed() throws Exception {
        leadsService.serve(List.of(lead("any", "2026-11-20T06:00:00Z")));
        int exportsBefore = leadsService.exportRequests();
        long chatId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        var command = new GenerateReport(
                UUID.randomUUID().toString(),
                ReportFormat.CSV,
                "telegram:42",
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                chatId,
                "week");
        String reason = "unknown report period 'week': expected one of today, yesterday, 7d, 30d";

        publish(command);

        ConsumerRecord<String, byte[]> dead = onlyRecord("reports.commands.dlt", command);
        assertThat(TopicProbe.header(dead, KafkaKitAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                .isEqualTo(reason);
        ConsumerRecord<String, byte[]> event = onlyRecord("reports.events", command);
        assertThat(TopicProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("com.targetbot.report.failed.v1");
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("reason").asString()).isEqualTo(reason);
        assertThat(data.get("telegramChatId").asLong()).isEqualTo(chatId);
        JsonNode report = awaitOutcome(command, "failed");
        assertThat(report.get("period").asString()).isEqualTo("week");
        assertThat(report.get("from").isNull()).isTrue();
        assertThat(leadsService.exportRequests()).isEqualTo(exportsBefore);
        assertThat(objectsOf(command)).isEmpty();
    }

    @Test
    void exportFailingTwiceThenSucceedingGivesOneReadyReportAndNoFailure() throws Exception {
        leadsService.serve(List.of(
                lead("first", "2026-11-20T06:00:00Z"),
                lead("second", "2026-11-20T06:01:00Z"),
                lead("third", "2026-11-20T06:02:00Z")));
        leadsService.failOnceWith(503);
        leadsService.breakOffOnceAfter(2);
        int exportsBefore = leadsService.exportRequests();
        GenerateReport command = command(Instant.now());

        publish(command);

        JsonNode report = awaitOutcome(command, "ready");
        assertThat(leadsService.exportRequests() - exportsBefore).isEqualTo(3);
        assertThat(downloadedIds(report)).containsExactly("first", "second", "third");
        ConsumerRecord<String, byte[]> event = onlyRecord("reports.events", command);
        assertThat(TopicProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("com.targetbot.report.generated.v1");
        assertThat(objectsOf(command)).containsExactly(objectKey(command));
    }

    @Test
    void exportFailingBeyondTheRetriesFailsTheReportWithTheReasonAndDeadLettersIt() throws Exception {
        leadsService.failWith(500);
        int exportsBefore = leadsService.exportRequests();
        GenerateReport command = command(Instant.now());

        publish(command);

        JsonNode report = awaitOutcome(command, "failed");
        assertThat(leadsService.exportRequests() - exportsBefore)
                .as("the first try and two retries")
                .isEqualTo(3);
        assertThat(report.get("downloadUrl").isNull()).isTrue();
        assertThat(report.get("rows").isNull()).isTrue();
        ConsumerRecord<String, byte[]> event = onlyRecord("reports.events", command);
        assertThat(TopicProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("com.targetbot.report.failed.v1");
        String reason = json.readTree(event.value()).get("reason").asString();
        assertThat(reason).contains("500").contains("tried 3 times");
        ConsumerRecord<String, byte[]> dead = onlyRecord("reports.commands.dlt", command);
        assertThat(TopicProbe.header(dead, KafkaKitAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                .isEqualTo(reason);
        assertThat(objectsOf(command)).isEmpty();
    }

    @Test
    void exportRefusedWithAClientErrorFailsTheReportAtOnce() throws Exception {
        leadsService.failWith(400);
        int exportsBefore = leadsService.exportRequests();
        GenerateReport command = command(Instant.now());

        publish(command);

        awaitOutcome(command, "failed");
        assertThat(leadsService.exportRequests() - exportsBefore).isEqualTo(1);
        ConsumerRecord<String, byte[]> event = onlyRecord("reports.events", command);
        assertThat(TopicProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("com.targetbot.report.failed.v1");
        assertThat(json.readTree(event.value()).get("reason").asString())
                .contains("400")
                .doesNotContain("tried");
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

        assertThatThrownBy(() -> storage.upload(key, "broken.csv", "text/csv; charset=utf-8", Map.of(), out -> {
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

        ConsumerRecord<String, byte[]> dead = onlyRecord("reports.commands.dlt", command);
        assertThat(TopicProbe.header(dead, KafkaKitAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                .startsWith("report id must match");
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
        return command(requestedAt, null);
    }

    private static GenerateReport command(Instant requestedAt, @Nullable String period) {
        return new GenerateReport(
                UUID.randomUUID().toString(),
                ReportFormat.CSV,
                "admin:test",
                requestedAt.truncatedTo(ChronoUnit.MILLIS),
                null,
                period);
    }

    private static String lead(String id, String createdAt) {
        return LeadsServiceStub.lead(id, "Клиент", "", "", "", "api", "new", Instant.parse(createdAt));
    }

    private HttpResponse<byte[]> download(JsonNode report) throws IOException, InterruptedException {
        HttpResponse<byte[]> download = http.send(
                HttpRequest.newBuilder(URI.create(report.get("downloadUrl").asString()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        return download;
    }

    /** The lead ids in a ready report's file, in file order. */
    private List<String> downloadedIds(JsonNode report) throws IOException, InterruptedException {
        return csv(download(report).body()).stream()
                .skip(1)
                .map(row -> row.get(0))
                .toList();
    }

    private JsonNode listedItem(String id) throws Exception {
        HttpResponse<String> response = get("/reports?limit=200");
        assertThat(response.statusCode()).isEqualTo(200);
        for (JsonNode item : json.readTree(response.body()).get("items")) {
            if (id.equals(item.get("id").asString())) {
                return item;
            }
        }
        throw new AssertionError("report " + id + " is not listed");
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

    /** Waits until a topic holds exactly one record about a report, and returns it. */
    private static ConsumerRecord<String, byte[]> onlyRecord(String topic, GenerateReport command) {
        var found = new AtomicReference<ConsumerRecord<String, byte[]>>();
        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), topic)) {
            await().atMost(GENERATION)
                    .untilAsserted(() -> assertThat(probe.about(command.reportId(), Duration.ofMillis(200)))
                            .singleElement()
                            .satisfies(found::set));
        }
        return found.get();
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
