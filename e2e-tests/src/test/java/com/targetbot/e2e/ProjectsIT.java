package com.targetbot.e2e;

import static com.targetbot.e2e.Callers.assertProblem;
import static com.targetbot.e2e.Callers.lead;
import static com.targetbot.e2e.Callers.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.e2e.Callers.Caller;
import com.targetbot.stack.LocalStack;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9, projects, through the whole system: an admin makes two clients' projects, each run by its own manager;
 * a lead sent by the integration one project claims belongs to that project (leads-service learns the claims from
 * {@code projects.events}) and counts in its figures (meta-service counts it from {@code leads.events}); the other
 * project's manager can neither read nor change it.
 */
class ProjectsIT {

    private static final Duration SETTLE = Duration.ofSeconds(60);

    private static Callers callers;

    @BeforeAll
    static void startTheWholeSystem() {
        LocalStack stack = E2eStack.get();
        callers = new Callers(stack);
    }

    @Test
    void aClientsLeadIsItsProjectsAndAnotherManagerCannotReadOrChangeIt() {
        Caller admin = callers.admin();
        String olga = callers.accountWithOwnPassword("manager");
        String ivan = callers.accountWithOwnPassword("manager");
        Caller olgaSession = callers.signedIn(olga);
        Caller ivanSession = callers.signedIn(ivan);
        JsonNode clinicSite = callers.issueKey(Map.of("label", "clinic site", "scopes", List.of("leads:write")));
        String clinic = create(
                admin,
                Map.of(
                        "name",
                        "Стоматология «Улыбка»",
                        "manager",
                        olga,
                        "currency",
                        "RUB",
                        "apiKeyPrefixes",
                        List.of(clinicSite.at("/details/prefix").asString()),
                        "kpi",
                        Map.of("targetCostPerLead", 850)));
        String salon = create(admin, Map.of("name", "Салон «Лиса»", "manager", ivan, "currency", "RUB"));

        // leads-service learns the clinic's claims from projects.events; until then a lead belongs to no project.
        String leadId = await().atMost(SETTLE)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> sendLead(callers.keyCaller(clinicSite)), id -> {
                    JsonNode stored = callers.stored("/api/leads/" + id);
                    return clinic.equals(stored.path("projectId").asString(null));
                });

        JsonNode clinicLeads = Http.json(olgaSession.get("/api/leads?projectId=" + clinic));
        assertThat(clinicLeads.get("items").findValuesAsString("id")).contains(leadId);
        // A project counts its days in its zone, the agency's unless it names another.
        String zone = Http.json(admin.get("/api/projects/" + clinic))
                .at("/project/timeZone")
                .asString();
        assertThat(zone).isEqualTo(E2eStack.AGENCY_ZONE);
        String today = LocalDate.now(ZoneId.of(zone)).toString();
        await().atMost(SETTLE).untilAsserted(() -> {
            JsonNode figures =
                    Http.json(olgaSession.get("/api/projects/" + clinic + "/stats?from=" + today + "&to=" + today));
            assertThat(figures.get("leads").asLong()).isPositive();
            assertThat(figures.get("targetCostPerLead").decimalValue()).isEqualByComparingTo("850");
        });

        assertThat(Http.json(ivanSession.get("/api/projects")).findValuesAsString("id"))
                .contains(salon)
                .doesNotContain(clinic);
        assertProblem(ivanSession.get("/api/projects/" + clinic), 404);
        assertProblem(ivanSession.get("/api/projects/" + clinic + "/stats?from=" + today + "&to=" + today), 404);
        assertProblem(ivanSession.patch("/api/projects/" + clinic, "{\"name\": \"Мой клиент\"}"), 404);
        assertProblem(ivanSession.delete("/api/projects/" + clinic), 403);
        assertThat(Http.json(admin.get("/api/projects/" + clinic))
                        .at("/project/name")
                        .asString())
                .isEqualTo("Стоматология «Улыбка»");

        HttpResponse<String> renamed = olgaSession.patch("/api/projects/" + clinic, "{\"name\": \"Улыбка\"}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(Http.json(renamed).at("/version").asLong()).isEqualTo(2);
    }

    private static String sendLead(Caller integration) {
        HttpResponse<String> sent = integration.post("/api/leads", lead("Пациент", phone()));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        return Http.json(sent).get("id").asString();
    }

    private static String create(Caller admin, Map<String, Object> project) {
        HttpResponse<String> created = admin.post("/api/projects", Http.toJson(project));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).at("/project/id").asString();
    }
}
