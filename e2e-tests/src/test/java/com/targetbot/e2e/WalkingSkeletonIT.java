package com.targetbot.e2e;

import static com.targetbot.testkit.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.stack.LocalStack;
import com.targetbot.stack.Secrets;
import com.targetbot.testkit.TelegramUpdateJson;
import com.targetbot.testkit.TopicContents;
import com.targetbot.testkit.TopicProbe;
import io.lettuce.core.RedisClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The four walking-skeleton flows, through the gateway, Kafka and every service, with their bad-input cases. */
class WalkingSkeletonIT {

    private static LocalStack stack;
    private static Http gateway;
    private static Http sandbox;
    private static String apiKey;

    @BeforeAll
    static void startTheWholeSystem() {
        stack = E2eStack.get();
        gateway = new Http(stack.config().url("gateway-service"));
        sandbox = new Http(stack.config().url("sandbox"));
        apiKey = stack.secrets().get(Secrets.BOOTSTRAP_API_KEY);
    }

    @Test
    void startFromANewUserRegistersThemAndTheWelcomeReachesTelegramOnce() {
        long userId = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        long updateId = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        String update = startUpdate(updateId, userId, "/start");
        Map<String, String> secret =
                Map.of("X-Telegram-Bot-Api-Secret-Token", stack.secrets().get(Secrets.WEBHOOK_SECRET));

        var first = gateway.post("/telegram/webhook", update, secret);
        var duplicate = gateway.post("/telegram/webhook", update, secret);
        var help = gateway.post("/telegram/webhook", startUpdate(updateId + 1, userId, "/help"), secret);

        assertThat(List.of(first.statusCode(), duplicate.statusCode(), help.statusCode()))
                .containsOnly(200);
        // Updates of one chat are handled in order, so once /help is answered the duplicate has been seen too.
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(sentTo(userId)).hasSize(2));
        List<JsonNode> messages = sentTo(userId);
        assertThat(messages.get(0).get("text").asString()).contains("Иван");
        try (var redis =
                        RedisClient.create("redis://127.0.0.1:" + stack.config().port("redis"));
                var connection = redis.connect()) {
            Map<String, String> user = connection.sync().hgetall("telegram:user:" + userId);
            assertThat(UUID.fromString(user.get("token"))).isNotNull();
            assertThat(user.get("languageCode")).isEqualTo("ru");
        }
    }

    @Test
    void webhookWithoutTheRightSecretIsRefusedAndNothingIsPublished() {
        long chatId = ThreadLocalRandom.current().nextLong(10_000_000, 90_000_000);
        String update = startUpdate(chatId, chatId, "/start");

        var missing = gateway.post("/telegram/webhook", update, Map.of());
        var wrong =
                gateway.post("/telegram/webhook", update, Map.of("X-Telegram-Bot-Api-Secret-Token", "not-the-secret"));

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        try (var probe = new TopicProbe(bootstrapServers(), "telegram.updates")) {
            assertThat(probe.about(Long.toString(chatId), Duration.ofSeconds(3)))
                    .isEmpty();
        }
    }

    @Test
    void leadPostedWithAnApiKeyIsAcceptedStoredAndReadBackThroughTheGateway() {
        String name = "Анна " + UUID.randomUUID();
        String body = Http.toJson(Map.of("name", name, "phone", "8 (999) 123-45-67", "comment", "Хочет консультацию"));

        var accepted = gateway.post("/api/leads", body, Map.of("X-Auth-Key", apiKey));

        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/api/leads/");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var lead = gateway.get(location, Map.of("X-Auth-Key", apiKey));
            assertThat(lead.statusCode()).isEqualTo(200);
            JsonNode json = Http.json(lead);
            assertThat(json.get("name").asString()).isEqualTo(name);
            assertThat(json.get("phone").asString()).isEqualTo("+79991234567");
            assertThat(json.get("status").asString()).isEqualTo("new");
            assertThat(location).endsWith(json.get("id").asString());
        });
    }

    @Test
    void badLeadsAreRefusedWithProblemDetailsAndNothingIsPublished() {
        String marker = "marker-" + UUID.randomUUID();
        String noName = Http.toJson(Map.of("phone", "+79991234567", "comment", marker));
        String valid = Http.toJson(Map.of("name", "Пётр", "phone", "+79991234567", "comment", marker));

        var malformed = gateway.post("/api/leads", noName, Map.of("X-Auth-Key", apiKey));
        var unknownKey = gateway.post("/api/leads", valid, Map.of("X-Auth-Key", "tb_unknown0_" + "x".repeat(40)));

        assertThatProblem(malformed).hasStatus(400).hasFieldError("name", "required");
        assertThat(unknownKey.statusCode()).isEqualTo(401);
        assertThat(TopicContents.upToNow(bootstrapServers(), "leads.commands"))
                .noneMatch(record -> new String(record.value(), StandardCharsets.UTF_8).contains(marker));
    }

    @Test
    void adminSyncsMetaAdAccountsWithPagingAndReadsTheSnapshot() {
        var admin = loggedInAdmin();

        var sync = admin.post("/meta/sync", "{}", csrf(admin));

        assertThat(sync.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var stats = admin.get("/meta/stats", Map.of());
            assertThat(stats.statusCode()).isEqualTo(200);
            JsonNode json = Http.json(stats);
            assertThat(json.get("totals").get("adAccounts").asInt()).isEqualTo(3);
            assertThat(json.get("totals").get("campaigns").asInt()).isEqualTo(42);
        });
    }

    @Test
    void adminUiIsServedAndTheDashboardAnswersFromEveryService() {
        var admin = loggedInAdmin();

        var page = admin.get("/admin/", Map.of());
        var dashboard = admin.get("/api/dashboard", Map.of());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"app\"");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        JsonNode json = Http.json(dashboard);
        assertThat(json.get("unavailable")).isEmpty();
        assertThat(json.get("leads").get("total").isNumber()).isTrue();
        assertThat(json.get("reports").get("total").isNumber()).isTrue();
    }

    @Test
    void metaSyncNeedsAnAdminSession() {
        var anonymous = new Http(stack.config().url("gateway-service"));

        var sync = anonymous.post("/meta/sync", "{}", csrf(anonymous));

        assertThat(sync.statusCode()).isEqualTo(401);
    }

    @Test
    void requestedReportIsWrittenToS3AndListedWithAWorkingDownloadUrl() {
        String name = "Отчётный лид " + UUID.randomUUID();
        var lead = gateway.post(
                "/api/leads",
                Http.toJson(Map.of("name", name, "email", "report@example.ru")),
                Map.of("X-Auth-Key", apiKey));
        String location = lead.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> gateway.get(location, Map.of("X-Auth-Key", apiKey)).statusCode() == 200);

        var requested = gateway.post("/api/reports", "{\"format\":\"csv\"}", Map.of("X-Auth-Key", apiKey));

        assertThat(requested.statusCode()).isEqualTo(202);
        String reportId =
                requested.headers().firstValue("Location").orElseThrow().replaceFirst(".*/", "");
        JsonNode report = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> reportById(reportId),
                        found -> found != null
                                && "ready".equals(found.get("status").asString()));
        var download = new Http("http://unused").get(report.get("downloadUrl").asString(), Map.of());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).contains(name).contains("report@example.ru");
    }

    private static JsonNode reportById(String id) {
        var list = gateway.get("/api/reports", Map.of("X-Auth-Key", apiKey));
        if (list.statusCode() != 200) {
            return null;
        }
        for (JsonNode item : Http.json(list).get("items")) {
            if (id.equals(item.get("id").asString())) {
                return item;
            }
        }
        return null;
    }

    private static Http loggedInAdmin() {
        var admin = new Http(stack.config().url("gateway-service"));
        String credentials = Http.toJson(
                Map.of("username", "admin", "password", stack.secrets().get(Secrets.ADMIN_PASSWORD)));
        var login = admin.post("/api/auth/login", credentials, csrf(admin));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return admin;
    }

    private static Map<String, String> csrf(Http browser) {
        JsonNode token = Http.json(browser.get("/api/auth/csrf", Map.of()));
        return Map.of(token.get("headerName").asString(), token.get("token").asString());
    }

    private static List<JsonNode> sentTo(long chatId) {
        HttpResponse<String> response = sandbox.get("/sandbox/telegram/messages?chatId=" + chatId, Map.of());
        return Http.json(response).valueStream().toList();
    }

    private static String bootstrapServers() {
        return "127.0.0.1:" + stack.config().port("kafka");
    }

    private static String startUpdate(long updateId, long userId, String text) {
        return TelegramUpdateJson.message(updateId)
                .from(userId, "Иван", "ru")
                .text(text)
                .toJson();
    }
}
