package com.targetbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.stack.LocalStack;
import com.targetbot.stack.Secrets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The agency's time zone is one setting that every surface follows: the stack runs in {@link E2eStack#AGENCY_ZONE}
 * (Auckland, UTC+13 in summer), and the admin UI is told it, the lead counters' "today", the report periods,
 * file names and CSV times, and the dates the bot shows are all Auckland's.
 */
class AgencyZoneIT {

    private static final ZoneId AGENCY = ZoneId.of(E2eStack.AGENCY_ZONE);
    private static final Pattern SHOWN_DEADLINE =
            Pattern.compile("действует до (\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}) \\(([^)]+)\\):");

    private static LocalStack stack;
    private static Http gateway;
    private static Http sandbox;
    private static Map<String, String> apiKey;
    private static Callers.Caller webAdmin;
    /** The bot admin this class makes, a client again when it ends. */
    private static BotStaff staff;

    @BeforeAll
    static void startTheWholeSystem() {
        stack = E2eStack.get();
        gateway = new Http(stack.config().url("gateway-service"));
        sandbox = new Http(stack.config().url("sandbox"));
        apiKey = Map.of("X-Auth-Key", stack.secrets().get(Secrets.BOOTSTRAP_API_KEY));
        webAdmin = new Callers(stack).admin();
        staff = new BotStaff(webAdmin);
    }

    @AfterAll
    static void leaveTheStackAsFound() {
        staff.close();
    }

    @Test
    void theGatewayTellsTheAdminUiTheAgencysZone() {
        var me = webAdmin.get("/api/auth/me");

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(Http.json(me).get("agencyZone").asString()).isEqualTo(E2eStack.AGENCY_ZONE);
    }

    @Test
    void aNewLeadCountsForTheAgencysToday() {
        long todayBefore = stats().get("today").asLong();
        LocalDate dayBefore = LocalDate.now(AGENCY);

        var accepted = gateway.post(
                "/api/leads",
                Http.toJson(Map.of("name", "Aroha " + UUID.randomUUID(), "email", "aroha@example.nz")),
                apiKey);
        assertThat(accepted.statusCode()).isEqualTo(202);

        // Counted by another calendar, the lead would miss Auckland's today for 10 hours of each day (UTC+3 vs
        // UTC+13); should Auckland's midnight pass meanwhile, the new day's counter is checked instead.
        JsonNode stats = await().atMost(Duration.ofSeconds(60))
                .until(
                        AgencyZoneIT::stats,
                        answer -> answer.get("today").asLong() > todayBefore
                                || !LocalDate.now(AGENCY).equals(dayBefore));
        JsonNode lastDay = stats.get("byDay").get(stats.get("byDay").size() - 1);
        assertThat(LocalDate.parse(lastDay.get("day").asString()))
                .as("the last day of the counters is the agency's today")
                .isIn(dayBefore, LocalDate.now(AGENCY));
    }

    @Test
    void aReportOfTodayCoversTheAgencysDayAndIsNamedAndWrittenInIt() {
        var requested = gateway.post("/api/reports", "{\"format\":\"csv\",\"period\":\"today\"}", apiKey);
        assertThat(requested.statusCode()).isEqualTo(202);
        String location = requested.headers().firstValue("Location").orElseThrow();
        String reportId = location.replaceFirst(".*/", "");

        JsonNode report = Http.json(await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> webAdmin.get(location),
                        found -> found.statusCode() == 200
                                && "ready"
                                        .equals(Http.json(found).path("status").asString())));

        Instant to = Instant.parse(report.get("to").asString());
        LocalDate day = LocalDate.ofInstant(to, AGENCY);
        assertThat(Instant.parse(report.get("from").asString()))
                .as("today starts at midnight in Auckland")
                .isEqualTo(day.atStartOfDay(AGENCY).toInstant());
        var download = new Http("http://unused").get(report.get("downloadUrl").asString(), Map.of());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        disposition -> assertThat(disposition).contains("leads-" + day + "-" + reportId + ".csv"));
        assertThat(download.body().lines().findFirst())
                .hasValueSatisfying(header -> assertThat(header).contains("(" + E2eStack.AGENCY_ZONE + ")"));
    }

    @Test
    void theBotShowsAnInvitesExpiryInTheAgencysTimeAndNamesTheZone() {
        var admin = TelegramUser.newUser(sandbox, "Ранги", "ru");
        admin.says("/start");
        admin.reply();
        staff.promoted(admin, "admin");

        admin.says("/invite manager");
        String invitation = admin.reply().text();

        Matcher shown = SHOWN_DEADLINE.matcher(invitation);
        assertThat(shown.find()).as(invitation).isTrue();
        assertThat(shown.group(2)).isEqualTo("Новая Зеландия");
        Instant shownExpiry = LocalDateTime.parse(shown.group(1), DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"))
                .atZone(AGENCY)
                .toInstant();
        assertThat(Http.json(webAdmin.get("/api/telegram/invites")).get("items").valueStream())
                .filteredOn(invite -> invite.get("createdBy").asString().equals("telegram:" + admin.id()))
                .singleElement()
                .satisfies(invite -> assertThat(
                                Instant.parse(invite.get("expiresAt").asString())
                                        .truncatedTo(ChronoUnit.MINUTES))
                        .as("the time shown, read in Auckland, is the invite's expiry")
                        .isEqualTo(shownExpiry));
    }

    // Polled by the bootstrap admin's session, which has no rate limit (an API key has 120 requests a minute).
    private static JsonNode stats() {
        var stats = webAdmin.get("/api/leads/stats");
        assertThat(stats.statusCode()).isEqualTo(200);
        return Http.json(stats);
    }
}
