package com.targetbot.e2e;

import static com.targetbot.e2e.Callers.assertProblem;
import static com.targetbot.e2e.Callers.lead;
import static com.targetbot.e2e.Callers.ok;
import static com.targetbot.e2e.Callers.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.e2e.Callers.Caller;
import com.targetbot.infra.JavaRuntime;
import com.targetbot.stack.Component;
import com.targetbot.stack.LocalStack;
import com.targetbot.stack.Secrets;
import com.targetbot.testkit.TelegramUpdateJson;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 4, leads and access, through the whole system: who may do what with leads (every API key scope and
 * admin role), the lead list's filters and cursor paging, duplicates, idempotent creation, and a leads-service
 * whose Redis is wiped and rebuilt from {@code leads.events} answering exactly as before.
 */
class LeadsAccessIT {

    private static final Duration SETTLE = Duration.ofSeconds(60);

    private static LocalStack stack;
    private static Callers callers;
    private static Caller admin;
    private static Caller writer;
    private static Caller reader;
    private static String existingLead;
    private static final Map<String, Caller> principals = new LinkedHashMap<>();

    /** The operations of the matrix and the status each answers when allowed. */
    enum Operation {
        CREATE_LEAD(202),
        LIST_LEADS(200),
        READ_LEAD(200),
        UPDATE_LEAD(202),
        DELETE_LEAD(202),
        LIST_REPORTS(200),
        REQUEST_REPORT(202);

        final int allowed;

        Operation(int allowed) {
            this.allowed = allowed;
        }
    }

    /**
     * The product's rules as a table: per principal, the status of each {@link Operation}, in declaration order as
     * the first line names them ({@code ok} = the operation's success status). Scopes grant exactly what they name (a write key cannot read back the leads
     * it sends: a landing page must not be able to download the agency's contacts); admins and managers work leads
     * and reports, viewers only read; a session whose first password is not changed yet may do nothing but change
     * it; no credentials at all is 401.
     */
    static Stream<Arguments> accessMatrix() {
        return Stream.of(
                        "principal                          | create list read update delete reports report",
                        "anonymous                          | 401    401  401  401    401    401     401",
                        "leads:write key                    | ok     403  403  ok     ok     403     403",
                        "leads:read key                     | 403    ok   ok   403    403    403     403",
                        "reports:read key                   | 403    403  403  403    403    ok      403",
                        "reports:write key                  | 403    403  403  403    403    403     ok",
                        "leads:read+leads:write key         | ok     ok   ok   ok     ok     403     403",
                        "leads:write+reports:read key       | ok     403  403  ok     ok     ok      403",
                        "reports:read+reports:write key     | 403    403  403  403    403    ok      ok",
                        "admin session                      | ok     ok   ok   ok     ok     ok      ok",
                        "manager session                    | ok     ok   ok   ok     ok     ok      ok",
                        "viewer session                     | 403    ok   ok   403    403    ok      403",
                        "manager before its password change | 403    403  403  403    403    403     403")
                .skip(1)
                .flatMap(LeadsAccessIT::row);
    }

    private static Stream<Arguments> row(String line) {
        String principal = line.substring(0, line.indexOf('|')).strip();
        String[] expected = line.substring(line.indexOf('|') + 1).strip().split("\\s+");
        Operation[] operations = Operation.values();
        assertThat(expected).hasSameSizeAs(operations);
        return IntStream.range(0, operations.length)
                .mapToObj(i -> Arguments.of(
                        principal,
                        operations[i],
                        expected[i].equals("ok") ? operations[i].allowed : Integer.parseInt(expected[i])));
    }

    @BeforeAll
    static void principalsOfEveryScopeAndRole() {
        stack = E2eStack.get();
        callers = new Callers(stack);
        admin = callers.admin();
        writer = callers.key("leads:write");
        reader = callers.key("leads:read");
        principals.put("anonymous", callers.anonymous());
        principals.put("leads:write key", writer);
        principals.put("leads:read key", reader);
        for (String scopes : List.of(
                "reports:read",
                "reports:write",
                "leads:read+leads:write",
                "leads:write+reports:read",
                "reports:read+reports:write")) {
            principals.put(scopes + " key", callers.key(scopes.split("\\+")));
        }
        for (String role : List.of("admin", "manager", "viewer")) {
            principals.put(role + " session", callers.session(role));
        }
        principals.put("manager before its password change", callers.sessionBeforeItsPasswordChange("manager"));
        existingLead = stored(create(admin, lead("Матрица", phone()))).get("id").asString();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("accessMatrix")
    @DisplayName("Who may do what with leads and reports")
    void accessMatrixHolds(String principal, Operation operation, int expected) {
        Caller caller = principals.get(principal);

        HttpResponse<String> response = switch (operation) {
            case CREATE_LEAD -> caller.post("/api/leads", lead("Лид из матрицы", phone()));
            case LIST_LEADS -> caller.get("/api/leads?limit=5");
            case READ_LEAD -> caller.get("/api/leads/" + existingLead);
            case UPDATE_LEAD -> caller.patch("/api/leads/" + existingLead, "{\"comment\":\"" + principal + "\"}");
            case DELETE_LEAD -> caller.delete(create(admin, lead("Под удаление", phone())));
            case LIST_REPORTS -> caller.get("/api/reports");
            case REQUEST_REPORT -> caller.post("/api/reports", "{\"format\":\"csv\"}");
        };

        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertProblem(response, expected);
        }
    }

    @Test
    void leadsAreFilteredByStatusSourceAssigneeAndCreationTime() {
        JsonNode first = stored(create(writer, lead("Фильтр первый", phone())));
        JsonNode fromTelegram = leadFromTelegram();
        JsonNode second = stored(create(writer, lead("Фильтр второй", phone())));
        JsonNode third = stored(create(writer, lead("Фильтр третий", phone())));
        String assignee = "Мария " + UUID.randomUUID();
        String secondLocation = "/api/leads/" + id(second);
        assertThat(writer.patch(secondLocation, Http.toJson(Map.of("status", "in_progress", "assignee", assignee)))
                        .statusCode())
                .isEqualTo(202);
        await().atMost(SETTLE)
                .until(() -> "in_progress"
                        .equals(Http.json(admin.get(secondLocation))
                                .path("status")
                                .asString()));
        String since = "&from=" + first.get("createdAt").asString();

        List<JsonNode> inProgress = items(reader, "status=in_progress" + since);
        List<JsonNode> telegram = items(reader, "source=telegram" + since);
        List<JsonNode> api = items(reader, "source=api" + since);
        List<JsonNode> assigned = items(reader, "assignee=" + encode(assignee));
        List<JsonNode> range = items(
                reader,
                "from=" + second.get("createdAt").asString() + "&to="
                        + third.get("createdAt").asString());
        List<JsonNode> newFromApi = items(
                reader,
                "status=new&source=api" + since + "&to="
                        + third.get("createdAt").asString());

        assertThat(inProgress)
                .allMatch(lead -> "in_progress".equals(lead.get("status").asString()));
        assertThat(ids(inProgress)).contains(id(second)).doesNotContain(id(first), id(third));
        assertThat(telegram)
                .allMatch(lead -> "telegram".equals(lead.get("source").asString()));
        assertThat(ids(telegram)).contains(id(fromTelegram)).doesNotContain(id(first), id(second), id(third));
        assertThat(api).allMatch(lead -> "api".equals(lead.get("source").asString()));
        assertThat(ids(api)).contains(id(first), id(second), id(third)).doesNotContain(id(fromTelegram));
        assertThat(ids(assigned)).containsExactly(id(second));
        assertThat(range)
                .allMatch(lead -> !Instant.parse(lead.get("createdAt").asString())
                        .isBefore(Instant.parse(second.get("createdAt").asString())))
                .allMatch(lead -> Instant.parse(lead.get("createdAt").asString())
                        .isBefore(Instant.parse(third.get("createdAt").asString())));
        assertThat(ids(range)).contains(id(second)).doesNotContain(id(first), id(third), id(fromTelegram));
        assertThat(ids(newFromApi)).contains(id(first)).doesNotContain(id(second), id(third), id(fromTelegram));
    }

    @Test
    void cursorPagesNeitherRepeatNorSkipLeadsWhileNewLeadsArrive() {
        List<String> seeded = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seeded.add(create(writer, lead("Страница " + i, phone())).replaceFirst(".*/", ""));
        }
        List<JsonNode> seededLeads =
                seeded.stream().map(id -> stored("/api/leads/" + id)).toList();
        String from = seededLeads.stream()
                .map(lead -> Instant.parse(lead.get("createdAt").asString()))
                .min(Instant::compareTo)
                .orElseThrow()
                .toString();

        List<JsonNode> walked = new ArrayList<>();
        List<String> arrivedMeanwhile = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = Http.json(
                    ok(reader.get("/api/leads?limit=3&from=" + from + (cursor == null ? "" : "&cursor=" + cursor))));
            page.get("items").forEach(walked::add);
            cursor = page.path("nextCursor").isString() ? page.get("nextCursor").asString() : null;
            pages++;
            // A lead stored between two pages is newer than every lead already walked past.
            arrivedMeanwhile.add(id(stored(create(writer, lead("Новый во время обхода", phone())))));
        } while (cursor != null);

        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(ids(walked)).doesNotHaveDuplicates().containsAll(seeded);
        assertThat(ids(walked)).doesNotContainAnyElementsOf(arrivedMeanwhile);
        assertThat(walked)
                .extracting(lead -> Instant.parse(lead.get("createdAt").asString()))
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertProblem(reader.get("/api/leads?cursor=not-a-cursor"), 400);
    }

    @Test
    void leadWithThePhoneOfARecentLeadIsKeptAndMarkedAsItsDuplicate() {
        String phone = phone();
        JsonNode original = stored(create(writer, lead("Оригинал", phone)));

        JsonNode repeated = stored(create(writer, lead("Повтор", phone)));

        assertThat(original.path("duplicateOf").isString()).isFalse();
        assertThat(repeated.get("duplicateOf").asString()).isEqualTo(id(original));
        assertThat(ids(items(reader, "phone=" + encode(phone)))).containsExactly(id(repeated), id(original));
    }

    @Test
    void sameIdempotencyKeyCreatesOneLeadAndAnotherBodyUnderItIsRefused() {
        String idempotencyKey = "order-" + UUID.randomUUID();
        String phone = phone();
        Caller once = writer.with("Idempotency-Key", idempotencyKey);
        String body = lead("Идемпотентный", phone);

        var first = once.post("/api/leads", body);
        var retry = once.post("/api/leads", body);
        var otherBody = once.post("/api/leads", lead("Совсем другой лид", phone()));

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(retry.statusCode()).isEqualTo(202);
        String location = first.headers().firstValue("Location").orElseThrow();
        assertThat(retry.headers().firstValue("Location")).hasValue(location);
        assertThat(Http.json(retry).get("id").asString())
                .isEqualTo(Http.json(first).get("id").asString());
        assertProblem(otherBody, 422);
        assertThat(Http.json(otherBody).get("errors").toString()).contains("Idempotency-Key");
        stored(location);
        assertThat(ids(items(reader, "phone=" + encode(phone)))).containsExactly(location.replaceFirst(".*/", ""));
    }

    @Test
    void leadsRebuiltFromKafkaIntoAWipedRedisAnswerExactlyAsBefore() throws Exception {
        Instant since = Instant.now();
        String phone = phone();
        String won = create(writer, lead("Выигран", phone));
        stored(won);
        String duplicate = create(writer, lead("Его дубликат", phone));
        String erased = create(writer, lead("Удалён", phone()));
        assertThat(writer.patch(won, "{\"status\":\"won\",\"assignee\":\"Ольга\"}")
                        .statusCode())
                .isEqualTo(202);
        assertThat(writer.delete(erased).statusCode()).isEqualTo(202);
        await().atMost(SETTLE)
                .until(() ->
                        "won".equals(Http.json(admin.get(won)).path("status").asString())
                                && admin.get(erased).statusCode() == 404
                                && admin.get(duplicate).statusCode() == 200);
        Map<String, String> before = answers(since, List.of(won, duplicate, erased));
        assertThat(before.get("list")).contains(won.replaceFirst(".*/", ""), duplicate.replaceFirst(".*/", ""));

        stack.stop(Component.LEADS);
        assertThat(wipeLeadsKeys()).isPositive();
        Process rebuild = rebuildCommand();
        assertThat(rebuild.waitFor(3, TimeUnit.MINUTES)).as("the rebuild exits").isTrue();
        assertThat(rebuild.exitValue()).isZero();
        assertThat(Files.readString(rebuildLog())).contains("Rebuilt leads from leads.events");
        stack.start(Component.LEADS);

        assertThat(answers(since, List.of(won, duplicate, erased))).isEqualTo(before);
        assertThat(Http.json(admin.get(duplicate)).get("duplicateOf").asString())
                .isEqualTo(won.replaceFirst(".*/", ""));
    }

    /** What the gateway answers about the leads: the list since {@code since}, each lead, the counters. */
    private static Map<String, String> answers(Instant since, List<String> locations) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("list", ok(admin.get("/api/leads?limit=200&from=" + since)).body());
        answers.put("stats", ok(admin.get("/api/leads/stats")).body());
        for (String location : locations) {
            var lead = admin.get(location);
            answers.put(location, lead.statusCode() + " " + (lead.statusCode() == 200 ? lead.body() : ""));
        }
        return answers;
    }

    private static long wipeLeadsKeys() {
        try (var redis =
                        RedisClient.create("redis://127.0.0.1:" + stack.config().port("redis"));
                var connection = redis.connect()) {
            var commands = connection.sync();
            List<String> keys = new ArrayList<>();
            ScanIterator.scan(commands, ScanArgs.Builder.matches("leads:*").limit(1000))
                    .forEachRemaining(keys::add);
            long deleted = keys.isEmpty() ? 0 : commands.del(keys.toArray(String[]::new));
            assertThat(ScanIterator.scan(commands, ScanArgs.Builder.matches("leads:*"))
                            .hasNext())
                    .isFalse();
            return deleted;
        }
    }

    /** The rebuild command of docs/operations.md, on the jar the stack runs, against the stack's Kafka and Redis. */
    private static Process rebuildCommand() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                JavaRuntime.currentJavaBinary().toString(),
                "-jar",
                leadsJar().toString(),
                "--targetbot.leads.rebuild=true",
                "--spring.main.web-application-type=none",
                "--spring.kafka.listener.auto-startup=false"));
        command.addAll(infrastructureArguments());
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(rebuildLog().toFile())
                .start();
    }

    /** The service's own settings: its Kafka and Redis, and the agency's zone, whose days the counters count. */
    private static List<String> infrastructureArguments() {
        return List.of(
                "--spring.kafka.bootstrap-servers=127.0.0.1:" + stack.config().port("kafka"),
                "--spring.data.redis.host=127.0.0.1",
                "--spring.data.redis.port=" + stack.config().port("redis"),
                "--targetbot.agency.zone=" + E2eStack.AGENCY_ZONE);
    }

    private static Path leadsJar() {
        return stack.config().varDir().resolve("jars").resolve("leads-service.jar");
    }

    private static Path rebuildLog() {
        return stack.config().logs().resolve("leads-rebuild.log");
    }

    /** A lead sent to the bot in one line, as Telegram delivers it to the gateway's webhook. */
    private static JsonNode leadFromTelegram() {
        long userId = ThreadLocalRandom.current().nextLong(100_000_000, 900_000_000);
        String phone = phone();
        String update = TelegramUpdateJson.message(userId)
                .from(userId, "Ольга", "ru")
                .date(Instant.now().getEpochSecond())
                .text("/lead Из бота | " + phone + " | фильтр по источнику")
                .toJson();
        var delivered = admin.http()
                .post(
                        "/telegram/webhook",
                        update,
                        Map.of(
                                "X-Telegram-Bot-Api-Secret-Token",
                                stack.secrets().get(Secrets.WEBHOOK_SECRET)));
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
        return await().atMost(SETTLE)
                .until(
                        () -> {
                            List<JsonNode> found = items(admin, "phone=" + encode(phone));
                            return found.isEmpty() ? null : found.get(0);
                        },
                        found -> found != null);
    }

    /** Creates a lead and returns its Location. */
    private static String create(Caller caller, String body) {
        var accepted = caller.post("/api/leads", body);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return accepted.headers().firstValue("Location").orElseThrow();
    }

    private static JsonNode stored(String location) {
        return callers.stored(location);
    }

    private static List<JsonNode> items(Caller caller, String query) {
        JsonNode page = Http.json(ok(caller.get("/api/leads?limit=200&" + query)));
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    private static List<String> ids(List<JsonNode> leads) {
        return leads.stream().map(LeadsAccessIT::id).toList();
    }

    private static String id(JsonNode lead) {
        return lead.get("id").asString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
