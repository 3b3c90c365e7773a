package com.targetbot.meta.insights;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.targetbot.events.meta.AdInsightsDay;
import com.targetbot.meta.graph.GraphAccessToken;
import com.targetbot.meta.graph.GraphApiClient;
import com.targetbot.meta.graph.GraphApiException;
import com.targetbot.meta.graph.GraphPage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * Reads one ad account's daily insights at one level ({@code time_increment=1}) and turns them into one
 * {@link AdInsightsDay} per day of the range, days without delivery included, so a day whose numbers Meta
 * restated to nothing also replaces what was stored.
 */
@Component
class InsightsReader {

    private static final String FIELDS = "account_id,account_name,campaign_id,campaign_name,adset_id,adset_name,"
            + "ad_id,ad_name,objective,spend,impressions,reach,clicks,inline_link_clicks,actions,date_start,date_stop";
    /** Meta's total of leads: on-Facebook (instant form) and website (pixel) leads together. */
    static final String LEAD_ACTION = "lead";

    private static final ParameterizedTypeReference<GraphPage<Row>> ROWS = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<ReportRun> RUN = new ParameterizedTypeReference<>() {};

    private final GraphApiClient graph;
    private final InsightsProperties properties;

    InsightsReader(GraphApiClient graph, InsightsProperties properties) {
        this.graph = graph;
        this.properties = properties;
    }

    List<AdInsightsDay> read(
            GraphAccessToken token, String accountId, String currency, String level, LocalDate since, LocalDate until) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("level", level);
        query.put("time_increment", "1");
        query.put("time_range", "{\"since\":\"" + since + "\",\"until\":\"" + until + "\"}");
        query.put("action_attribution_windows", windowsParameter());
        long days = since.datesUntil(until.plusDays(1)).count();
        List<Row> rows = days > properties.asyncAboveDays()
                ? viaReportRun(token, accountId, query)
                : pages(token, accountId, query);
        return byDay(accountId, currency, level, since, until, rows);
    }

    /** Async report run: start it, poll its status until "Job Completed", then page its rows. */
    private List<Row> viaReportRun(GraphAccessToken token, String accountId, Map<String, String> query) {
        Map<String, String> form = new LinkedHashMap<>(query);
        form.put("fields", FIELDS);
        ReportRun started = graph.post(token, accountId, "insights", form, RUN);
        String runId = started.reportRunId();
        if (runId == null) {
            throw new GraphApiException(
                    GraphApiException.NO_GRAPH_CODE, "Graph started no report run for " + accountId);
        }
        Instant deadline = Instant.now().plus(properties.reportRunTimeout());
        while (true) {
            ReportRun run = graph.get(token, runId, null, Map.of(), RUN);
            if ("Job Completed".equals(run.asyncStatus())) {
                return pages(token, runId, Map.of());
            }
            if ("Job Failed".equals(run.asyncStatus()) || "Job Skipped".equals(run.asyncStatus())) {
                throw new GraphApiException(2, "report run " + runId + " ended as " + run.asyncStatus());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new GraphApiException(2, "report run " + runId + " did not complete in time");
            }
            pause();
        }
    }

    private void pause() {
        try {
            Thread.sleep(properties.reportRunPoll());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a report run", e);
        }
    }

    /** Every row of an insights edge; insights pages may be far larger than other edges' (up to 500 rows). */
    private List<Row> pages(GraphAccessToken token, String node, Map<String, String> query) {
        Map<String, String> pageQuery = new LinkedHashMap<>(query);
        pageQuery.put("fields", FIELDS);
        pageQuery.put("limit", Integer.toString(properties.pageSize()));
        List<Row> rows = new ArrayList<>();
        while (true) {
            GraphPage<Row> page = graph.get(token, node, "insights", pageQuery, ROWS);
            rows.addAll(page.items());
            String after = page.nextCursor();
            if (after == null) {
                return rows;
            }
            pageQuery.put("after", after);
        }
    }

    private String windowsParameter() {
        List<String> quoted = new ArrayList<>();
        for (String window : properties.attributionWindows().split(",")) {
            quoted.add("\"" + window.trim() + "\"");
        }
        return "[" + String.join(",", quoted) + "]";
    }

    private List<AdInsightsDay> byDay(
            String accountId, String currency, String level, LocalDate since, LocalDate until, List<Row> rows) {
        Map<LocalDate, List<AdInsightsDay.Row>> days = new LinkedHashMap<>();
        since.datesUntil(until.plusDays(1)).forEach(day -> days.put(day, new ArrayList<>()));
        for (Row row : rows) {
            List<AdInsightsDay.Row> day = days.get(LocalDate.parse(row.dateStart()));
            if (day != null) {
                day.add(row.toCounts(level, accountId));
            }
        }
        Instant now = Instant.now();
        List<AdInsightsDay> result = new ArrayList<>();
        days.forEach((date, dayRows) -> result.add(
                new AdInsightsDay(accountId, level, date, currency, properties.attributionWindows(), dayRows, now)));
        return result;
    }

    record ReportRun(
            @JsonProperty("report_run_id") @Nullable String reportRunId,
            @JsonProperty("async_status") @Nullable String asyncStatus,

            @JsonProperty("async_percent_completion") @Nullable Integer percent) {}

    /** One insights row; Graph sends every number as a string. */
    record Row(
            @JsonProperty("account_name") @Nullable String accountName,
            @JsonProperty("campaign_id") @Nullable String campaignId,
            @JsonProperty("campaign_name") @Nullable String campaignName,
            @JsonProperty("adset_id") @Nullable String adSetId,
            @JsonProperty("adset_name") @Nullable String adSetName,
            @JsonProperty("ad_id") @Nullable String adId,
            @JsonProperty("ad_name") @Nullable String adName,
            @Nullable String objective,
            @Nullable String spend,
            @Nullable String impressions,
            @Nullable String reach,
            @Nullable String clicks,
            @JsonProperty("inline_link_clicks") @Nullable String inlineLinkClicks,
            @Nullable List<Action> actions,
            @JsonProperty("date_start") String dateStart) {

        AdInsightsDay.Row toCounts(String level, String accountId) {
            String id;
            String name;
            switch (level) {
                case "campaign" -> {
                    id = campaignId;
                    name = campaignName;
                }
                case "adset" -> {
                    id = adSetId;
                    name = adSetName;
                }
                case "ad" -> {
                    id = adId;
                    name = adName;
                }
                default -> {
                    id = accountId;
                    name = accountName;
                }
            }
            if (id == null) {
                throw new GraphApiException(
                        GraphApiException.NO_GRAPH_CODE, "Graph sent a " + level + " insights row without its id");
            }
            String resultType = level.equals("account") ? null : ObjectiveResults.resultType(objective);
            return new AdInsightsDay.Row(
                    id,
                    name == null ? "" : name,
                    spend == null ? "0" : spend,
                    number(impressions),
                    number(reach),
                    number(clicks),
                    number(inlineLinkClicks),
                    actions(LEAD_ACTION),
                    resultType == null
                            ? null
                            : new AdInsightsDay.Result(
                                    resultType,
                                    resultType.equals(ObjectiveResults.REACH) ? number(reach) : actions(resultType)));
        }

        private long actions(String type) {
            return actions == null
                    ? 0
                    : actions.stream()
                            .filter(action -> type.equals(action.actionType()))
                            .mapToLong(action -> number(action.value()))
                            .sum();
        }

        private static long number(@Nullable String value) {
            return value == null || value.isBlank() ? 0 : Long.parseLong(value);
        }
    }

    record Action(
            @JsonProperty("action_type") String actionType,
            @Nullable String value) {}
}
