package com.targetbot.sandbox.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.sandbox.SandboxHttp;
import com.targetbot.sandbox.SandboxTest;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The agency's structure, insights consistent across levels, async report runs, usage headers and faults. */
@SandboxTest
class GraphInsightsTests {

    private static final String TOKEN = "sandbox-user-token";
    private static final String AUTH =
            "access_token=" + TOKEN + "&appsecret_proof=" + GraphAuth.appSecretProof("sandbox-app-secret", TOKEN);
    private static final LocalDate UNTIL =
            LocalDate.now(ZoneId.of("Europe/Moscow")).minusDays(1);
    private static final LocalDate SINCE = UNTIL.minusDays(6);
    private static final String RANGE =
            URLEncoder.encode("{\"since\":\"" + SINCE + "\",\"until\":\"" + UNTIL + "\"}", StandardCharsets.UTF_8);

    @Autowired
    private SandboxHttp http;

    @AfterEach
    void disarm() {
        http.delete("/sandbox/graph/faults");
    }

    @Test
    void accountSpendIsExactlyTheSumOfItsCampaignsAdSetsAndAdsDayByDay() {
        Map<String, BigDecimal> byLevel = new HashMap<>();
        for (String level : List.of("account", "campaign", "adset", "ad")) {
            BigDecimal spend = BigDecimal.ZERO;
            for (JsonNode row : readAll("/v23.0/act_1000001/insights?level=" + level + "&time_increment=1&time_range="
                    + RANGE + "&fields=spend,impressions,actions,campaign_id&limit=100&" + AUTH)) {
                spend = spend.add(new BigDecimal(row.get("spend").asString()));
                assertThat(row.get("date_start").asString())
                        .isEqualTo(row.get("date_stop").asString());
            }
            byLevel.put(level, spend);
        }

        assertThat(byLevel.get("account")).isPositive();
        assertThat(byLevel.values())
                .allSatisfy(spend -> assertThat(spend).isEqualByComparingTo(byLevel.get("account")));
    }

    @Test
    void ratiosAreComputedFromTheRowsCountsAndLeadsAreTheSumOfTheirKinds() {
        JsonNode row = http.get("/v23.0/act_1000001/insights?time_range=" + RANGE
                        + "&fields=spend,clicks,impressions,ctr,cpc,actions&" + AUTH)
                .json()
                .at("/data/0");

        BigDecimal spend = new BigDecimal(row.get("spend").asString());
        long clicks = Long.parseLong(row.get("clicks").asString());
        long impressions = Long.parseLong(row.get("impressions").asString());
        assertThat(new BigDecimal(row.get("cpc").asString()))
                .isEqualByComparingTo(spend.divide(BigDecimal.valueOf(clicks), 6, java.math.RoundingMode.HALF_UP));
        assertThat(new BigDecimal(row.get("ctr").asString()))
                .isEqualByComparingTo(BigDecimal.valueOf(clicks * 100)
                        .divide(BigDecimal.valueOf(impressions), 6, java.math.RoundingMode.HALF_UP));
        Map<String, Long> actions = new HashMap<>();
        row.get("actions")
                .values()
                .forEach(a -> actions.put(
                        a.get("action_type").asString(),
                        Long.parseLong(a.get("value").asString())));
        assertThat(actions.get("lead"))
                .isEqualTo(actions.get("onsite_conversion.lead_grouped")
                        + actions.get("offsite_conversion.fb_pixel_lead"));
        assertThat(row.get("date_start").asString()).isEqualTo(SINCE.toString());
    }

    @Test
    void asyncReportRunCompletesAfterAFewPollsWithTheSameRowsAsTheSynchronousRead() {
        String query = "level=campaign&time_increment=1&time_range=" + RANGE + "&fields=spend,campaign_id&" + AUTH;
        String runId = http.post("/v23.0/act_1000002/insights?" + query, "{}")
                .json()
                .get("report_run_id")
                .asString();

        List<String> statuses = new ArrayList<>();
        for (int poll = 0; poll < 5 && !statuses.contains("Job Completed"); poll++) {
            statuses.add(http.get("/v23.0/" + runId + "?" + AUTH)
                    .json()
                    .get("async_status")
                    .asString());
        }

        assertThat(statuses).startsWith("Job Running").endsWith("Job Completed");
        assertThat(readAll("/v23.0/" + runId + "/insights?limit=7&" + AUTH))
                .isEqualTo(readAll("/v23.0/act_1000002/insights?limit=100&" + query));
    }

    @Test
    void everyAnswerReportsTheAccountsUsageAndArmedThrottlingAnswersWithTheRegainTime() {
        SandboxHttp.Reply normal = http.get("/v23.0/act_1000002/campaigns?" + AUTH);
        http.post("/sandbox/graph/faults", "{\"code\":80004,\"accountId\":\"act_1000002\",\"regainMinutes\":3}");
        SandboxHttp.Reply throttled = http.get("/v23.0/act_1000002/ads?" + AUTH);
        SandboxHttp.Reply after = http.get("/v23.0/act_1000002/adsets?" + AUTH);

        assertThat(normal.header("X-Ad-Account-Usage")).contains("acc_id_util_pct");
        assertThat(throttled.status()).isEqualTo(400);
        assertThat(throttled.json().at("/error/code").asInt()).isEqualTo(80004);
        assertThat(throttled.header("X-Ad-Account-Usage")).contains("\"acc_id_util_pct\":100");
        assertThat(throttled.header("X-Business-Use-Case-Usage")).contains("\"estimated_time_to_regain_access\":3");
        assertThat(after.status()).isEqualTo(200);
        assertThat(http.get("/sandbox/graph/calls").json().get("throttled").asLong())
                .isPositive();
    }

    @Test
    void graphRequestsAreTimedAndTheControlApiIsNot() {
        http.delete("/sandbox/graph/calls");
        http.get("/v23.0/act_1000002/campaigns?" + AUTH);
        http.get("/v23.0/act_1000002/ads?limit=100&" + AUTH);
        http.get("/sandbox/graph/people");

        JsonNode serving = http.get("/sandbox/graph/calls").json().get("serving");

        assertThat(serving.get("requests").asLong()).isEqualTo(2);
        assertThat(serving.get("busyMillis").asDouble()).isPositive();
        assertThat(serving.get("totalMillis").asDouble())
                .isGreaterThanOrEqualTo(serving.get("busyMillis").asDouble());
        assertThat(Instant.parse(serving.get("firstStartedAt").asString()))
                .isBefore(Instant.parse(serving.get("lastFinishedAt").asString()));
    }

    @Test
    void disapprovedAdsCarryTheirReviewFeedback() {
        List<JsonNode> ads =
                readAll("/v23.0/act_1000001/ads?fields=id,effective_status,ad_review_feedback&limit=100&" + AUTH);

        assertThat(ads).hasSize(30 * 2 * 2);
        assertThat(ads)
                .filteredOn(ad -> ad.get("effective_status").asString().equals("DISAPPROVED"))
                .isNotEmpty()
                .allSatisfy(ad ->
                        assertThat(ad.at("/ad_review_feedback/global").size()).isPositive());
    }

    @Test
    void aRestatedDayChangesItsNumbersAndOnlyItsNumbers() {
        String day =
                URLEncoder.encode("{\"since\":\"" + SINCE + "\",\"until\":\"" + SINCE + "\"}", StandardCharsets.UTF_8);
        String otherDay =
                URLEncoder.encode("{\"since\":\"" + UNTIL + "\",\"until\":\"" + UNTIL + "\"}", StandardCharsets.UTF_8);
        String before = http.get("/v23.0/act_1000002/insights?fields=spend&time_range=" + day + "&" + AUTH)
                .json()
                .at("/data/0/spend")
                .asString();
        String otherBefore = http.get("/v23.0/act_1000002/insights?fields=spend&time_range=" + otherDay + "&" + AUTH)
                .json()
                .at("/data/0/spend")
                .asString();

        http.post("/sandbox/graph/restatements", "{\"date\":\"" + SINCE + "\"}");

        assertThat(http.get("/v23.0/act_1000002/insights?fields=spend&time_range=" + day + "&" + AUTH)
                        .json()
                        .at("/data/0/spend")
                        .asString())
                .isNotEqualTo(before);
        assertThat(http.get("/v23.0/act_1000002/insights?fields=spend&time_range=" + otherDay + "&" + AUTH)
                        .json()
                        .at("/data/0/spend")
                        .asString())
                .isEqualTo(otherBefore);
    }

    private List<JsonNode> readAll(String path) {
        List<JsonNode> rows = new ArrayList<>();
        String next = path;
        while (next != null) {
            JsonNode page = http.get(next).json();
            assertThat(page.has("error")).as("%s", page).isFalse();
            rows.addAll(page.get("data").values());
            JsonNode link = page.at("/paging/next");
            next = link.isMissingNode()
                    ? null
                    : link.asString().substring(link.asString().indexOf("/v23.0"));
        }
        return rows;
    }
}
