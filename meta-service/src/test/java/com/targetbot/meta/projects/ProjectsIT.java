package com.targetbot.meta.projects;

import static com.targetbot.testkit.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.CloudEventHeaders;
import com.targetbot.events.EventCodec;
import com.targetbot.events.Topics;
import com.targetbot.events.leads.LeadStatus;
import com.targetbot.events.leads.LeadStatusChanged;
import com.targetbot.events.meta.AdInsightsDay;
import com.targetbot.events.projects.BindProjectChat;
import com.targetbot.events.projects.ChatRole;
import com.targetbot.events.projects.ProjectChanged;
import com.targetbot.events.projects.ProjectChat;
import com.targetbot.events.projects.UnbindProjectChat;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.meta.MetaServiceTest;
import com.targetbot.testkit.Leads;
import com.targetbot.testkit.TopicContents;
import com.targetbot.testkit.TopicProbe;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Projects through meta-service's HTTP API and its topics, against the real Kafka and Redis. */
@MetaServiceTest
class ProjectsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    EventPublisher publisher;

    @Autowired
    JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();
    final EventCodec codec = new EventCodec();

    @Test
    void anAdminCreatesAProjectThatIsPublishedWholeAndReadBack() throws Exception {
        String account = newAccount();

        HttpResponse<String> created = send("POST", "/projects", ADMIN, """
                {"name": "  Стоматология «Улыбка» ", "manager": "olga", "adAccountIds": ["%s", "%s"],
                 "currency": "rub", "clientChat": {"chatId": -1001234, "topicId": 7},
                 "kpi": {"targetCostPerLead": 850.50, "dailyBudget": 15000}}
                """.formatted(account, account.substring(4)));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        String id = body.at("/project/id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/projects/" + id);
        assertThat(body.at("/project/name").asString()).isEqualTo("Стоматология «Улыбка»");
        assertThat(body.at("/project/adAccountIds").values())
                .extracting(JsonNode::asString)
                .containsExactly(account);
        assertThat(body.at("/project/currency").asString()).isEqualTo("RUB");
        assertThat(body.at("/project/timeZone").asString()).isEqualTo("Europe/Moscow");
        assertThat(body.at("/project/kpi/tolerancePercent").asInt()).isEqualTo(10);
        assertThat(body.at("/version").asLong()).isEqualTo(1);
        assertThat(body.at("/updatedBy").asString()).isEqualTo("admin:anna");

        ProjectChanged published = (ProjectChanged) TopicContents.upToNow(Topics.PROJECTS_EVENTS_NAME).stream()
                .filter(record -> id.equals(record.key()))
                .map(record -> codec.read(TopicProbe.header(record, CloudEventHeaders.TYPE), record.value()))
                .findFirst()
                .orElseThrow();
        assertThat(published.project().clientChat()).isEqualTo(new ProjectChat(-1001234, 7));
        assertThat(published.project().kpi().targetCostPerLead()).isEqualByComparingTo("850.50");
        assertThat(json.readTree(send("GET", "/projects/" + id, VIEWER, null).body())
                        .at("/project/manager")
                        .asString())
                .isEqualTo("olga");
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() throws Exception {
        HttpResponse<String> refused = send("POST", "/projects", ADMIN, """
                {"name": " ", "adAccountIds": ["act_12", "twelve"], "currency": "RUBLES", "timeZone": "Mars/Base",
                 "clientChat": {"topicId": -1}, "kpi": {"tolerancePercent": 5000, "dailyBudget": -3}, "colour": "red",
                 "alerts": {"disabled": ["nope"], "cooldownHours": 0, "quietFrom": "25:00", "audiences": {"zero_spend": []}}}
                """);

        assertThatProblem(refused)
                .hasStatus(400)
                .hasFieldError("name", "required")
                .hasFieldError("adAccountIds[1]", "invalid_format")
                .hasFieldError("currency", "invalid_format")
                .hasFieldError("timeZone", "invalid_format")
                .hasFieldError("clientChat.chatId", "required")
                .hasFieldError("clientChat.topicId", "invalid_format")
                .hasFieldError("kpi.tolerancePercent", "out_of_range")
                .hasFieldError("kpi.dailyBudget", "out_of_range")
                .hasFieldError("colour", "unknown_field")
                .hasFieldError("alerts.disabled[0]", "not_allowed")
                .hasFieldError("alerts.cooldownHours", "out_of_range")
                .hasFieldError("alerts.quietFrom", "invalid_format")
                .hasFieldError("alerts.audiences.zero_spend", "invalid_format");
    }

    @Test
    void anAdAccountBelongsToOneProject() throws Exception {
        String account = newAccount();
        create("Первый", "olga", account);

        HttpResponse<String> second = send(
                "POST",
                "/projects",
                ADMIN,
                "{\"name\": \"Второй\", \"currency\": \"RUB\", \"adAccountIds\": [\"%s\"]}".formatted(account));

        assertThatProblem(second).hasStatus(409).hasFieldError("adAccountIds[0]", "conflict");
        assertThat(json.readTree(second.body()).toString()).contains("Первый");
    }

    @Test
    void aManagerSeesAndChangesOnlyTheProjectsTheyRun() throws Exception {
        String olgas = create("Ольгин клиент", "olga", newAccount());
        String ivans = create("Иванов клиент", "ivan", newAccount());

        assertThat(json.readTree(send("GET", "/projects", OLGA, null).body()).findValuesAsString("id"))
                .contains(olgas)
                .doesNotContain(ivans);
        assertThat(send("GET", "/projects/" + ivans, OLGA, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/projects/" + ivans + "/stats?from=2026-01-01&to=2026-01-31", OLGA, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("PATCH", "/projects/" + ivans, OLGA, "{\"name\": \"Моё\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("DELETE", "/projects/" + ivans, OLGA, null).statusCode())
                .isEqualTo(404);

        HttpResponse<String> renamed = send("PATCH", "/projects/" + olgas, OLGA, "{\"name\": \"Ольгин клиент 2\"}");
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(renamed.body()).at("/version").asLong()).isEqualTo(2);
        assertThatProblem(send("PATCH", "/projects/" + olgas, OLGA, "{\"manager\": \"ivan\"}"))
                .hasStatus(409)
                .hasFieldError("manager", "not_allowed");
        assertThat(send("DELETE", "/projects/" + olgas, OLGA, null).statusCode())
                .isEqualTo(403);
        assertThat(send("PATCH", "/projects/" + olgas, VIEWER, "{\"name\": \"x\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/projects", OLGA, "{\"name\": \"x\", \"currency\": \"RUB\"}")
                        .statusCode())
                .isEqualTo(403);

        assertThat(send("DELETE", "/projects/" + ivans, ADMIN, null).statusCode())
                .isEqualTo(204);
        assertThat(send("GET", "/projects/" + ivans, ADMIN, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aMergePatchRemovesWhatItSetsToNullAndKeepsTheRest() throws Exception {
        String id = create("Клиент", "olga", newAccount());
        send("PATCH", "/projects/" + id, ADMIN, "{\"kpi\": {\"targetCostPerLead\": 700, \"tolerancePercent\": 20}}");

        HttpResponse<String> patched =
                send("PATCH", "/projects/" + id, ADMIN, "{\"manager\": null, \"kpi\": {\"targetCostPerLead\": null}}");

        JsonNode project = json.readTree(patched.body()).at("/project");
        assertThat(project.get("manager").isNull()).isTrue();
        assertThat(project.at("/kpi/targetCostPerLead").isNull()).isTrue();
        assertThat(project.at("/kpi/tolerancePercent").asInt()).isEqualTo(20);
        assertThat(project.at("/name").asString()).isEqualTo("Клиент");
    }

    @Test
    void alertSettingsAreKeptAndAbsentOnesAreTheDefaults() throws Exception {
        String id = create("Клиент", "olga", newAccount());
        assertThat(json.readTree(send("GET", "/projects/" + id, ADMIN, null).body())
                        .at("/project/alerts/cooldownHours")
                        .asInt())
                .isEqualTo(6);

        HttpResponse<String> patched = send("PATCH", "/projects/" + id, OLGA, """
                {"alerts": {"disabled": ["creative_fatigue"], "quietFrom": "22:00", "quietTo": "09:00",
                 "audiences": {"cpl_above_target": ["client_chat", "MANAGER"]}, "escalateAfterMinutes": 30}}
                """);

        JsonNode alerts = json.readTree(patched.body()).at("/project/alerts");
        assertThat(alerts.get("disabled").values())
                .extracting(JsonNode::asString)
                .containsExactly("creative_fatigue");
        assertThat(alerts.at("/audiences/cpl_above_target").values())
                .extracting(JsonNode::asString)
                .containsExactly("CLIENT_CHAT", "MANAGER");
        assertThat(alerts.get("quietFrom").asString()).isEqualTo("22:00:00");
        assertThat(alerts.get("escalateAfterMinutes").asInt()).isEqualTo(30);
        assertThat(alerts.get("cooldownHours").asInt()).isEqualTo(6);
    }

    @Test
    void theBotBindsAGroupWhichMovesFromTheProjectThatHadItAndUnbindsIt() throws Exception {
        String first = create("Первый", null, newAccount());
        String second = create("Второй", null, newAccount());
        long group = -ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);

        publisher.publish(
                new BindProjectChat(first, new ProjectChat(group, null), ChatRole.CLIENT, "telegram:1", Instant.now()));
        await().atMost(WAIT).until(() -> clientChatId(first) == group);
        publisher.publish(
                new BindProjectChat(second, new ProjectChat(group, 3), ChatRole.CLIENT, "telegram:1", Instant.now()));

        await().atMost(WAIT).until(() -> clientChatId(second) == group && clientChatId(first) == 0);
        publisher.publish(new UnbindProjectChat(second, group, "telegram:1", Instant.now()));
        await().atMost(WAIT).until(() -> clientChatId(second) == 0);
    }

    @Test
    void figuresSumItsCampaignsAndCountItsLeadsInItsZone() throws Exception {
        String account = newAccount();
        LocalDate day = LocalDate.of(2026, 3, 10);
        publisher.publish(new AdInsightsDay(
                account,
                "campaign",
                day,
                "RUB",
                "7d_click,1d_view",
                List.of(
                        new AdInsightsDay.Row("c1", "Имплантация", "3000.00", 1000, 800, 40, 30, 6, null),
                        new AdInsightsDay.Row("c2", "Брекеты", "1000.00", 500, 400, 10, 8, 2, null)),
                Instant.now()));
        String id = create("Клиника", "olga", account);
        send(
                "PATCH",
                "/projects/" + id,
                ADMIN,
                "{\"timeZone\": \"Asia/Vladivostok\", \"kpi\": {\"targetCostPerLead\": 900}}");
        ZoneId zone = ZoneId.of("Asia/Vladivostok");
        // 23:30 on the 9th in Moscow is the 10th in Vladivostok: counted. The 11th there is not.
        Instant inside = day.atTime(6, 30).atZone(zone).toInstant();
        var counted = List.of(lead(id, inside), lead(id, inside.plusSeconds(60)), lead(id, inside.plusSeconds(120)));
        counted.forEach(publisher::publish);
        publisher.publish(lead(id, day.plusDays(1).atTime(0, 10).atZone(zone).toInstant()));
        publisher.publish(lead(null, inside));
        publisher.publish(new LeadStatusChanged(
                counted.get(0).leadId(),
                LeadStatus.NEW,
                LeadStatus.IN_PROGRESS,
                "admin:olga",
                Instant.now(),
                null,
                null));
        publisher.publish(new LeadStatusChanged(
                counted.get(1).leadId(), LeadStatus.NEW, LeadStatus.SPAM, "admin:olga", Instant.now(), null, null));

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode figures =
                    json.readTree(send("GET", "/projects/" + id + "/stats?from=2026-03-10&to=2026-03-10", OLGA, null)
                            .body());
            assertThat(figures.get("spend").decimalValue()).isEqualByComparingTo("4000.00");
            assertThat(figures.get("metaLeads").asLong()).isEqualTo(8);
            assertThat(figures.get("leads").asLong()).isEqualTo(3);
            assertThat(figures.get("qualifiedLeads").asLong()).isEqualTo(1);
            assertThat(figures.get("costPerLead").decimalValue()).isEqualByComparingTo("1333.33");
            assertThat(figures.get("targetCostPerLead").decimalValue()).isEqualByComparingTo("900");
            assertThat(figures.get("campaigns").findValuesAsString("id")).containsExactly("c1", "c2");
        });
        assertThatProblem(send("GET", "/projects/" + id + "/stats?from=2026-03-10", OLGA, null))
                .hasStatus(400)
                .hasFieldError("to", "required");
    }

    private static com.targetbot.events.leads.LeadCreated lead(String projectId, Instant createdAt) {
        return Leads.leadCreated().projectId(projectId).at(createdAt).build();
    }

    private long clientChatId(String projectId) throws IOException, InterruptedException {
        JsonNode chat = json.readTree(
                        send("GET", "/projects/" + projectId, ADMIN, null).body())
                .at("/project/clientChat/chatId");
        return chat.isMissingNode() || chat.isNull() ? 0 : chat.asLong();
    }

    private String create(String name, String manager, String account) throws IOException, InterruptedException {
        HttpResponse<String> created = send(
                "POST",
                "/projects",
                ADMIN,
                "{\"name\": \"%s\", \"manager\": %s, \"currency\": \"RUB\", \"adAccountIds\": [\"%s\"]}"
                        .formatted(name, manager == null ? "null" : "\"" + manager + "\"", account));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).at("/project/id").asString();
    }

    private static String newAccount() {
        return "act_" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }

    private static final String[] ADMIN = {"admin:anna", "admin"};
    private static final String[] OLGA = {"admin:olga", "manager"};
    private static final String[] VIEWER = {"admin:vera", "viewer"};

    private HttpResponse<String> send(String method, String path, String[] caller, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(Caller.PRINCIPAL_HEADER, caller[0])
                .header(Caller.ROLE_HEADER, caller[1])
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
