package com.targetbot.sandbox.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.targetbot.sandbox.graph.GraphAgency.Placed;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Marketing API reads of the agency's structure and statistics: an ad account's ad sets and ads, any
 * object's node and {@code /insights} (synchronous, or as an async report run), paged like Graph pages insights.
 */
@RestController
class GraphAdsController {

    private static final String VERSION = GraphApiController.VERSION;
    private static final List<String> DEFAULT_FIELDS = List.of("id");

    private final GraphAuth auth;
    private final GraphAgency agency;
    private final GraphInsights insights;
    private final GraphReportRuns reportRuns;

    GraphAdsController(GraphAuth auth, GraphAgency agency, GraphInsights insights, GraphReportRuns reportRuns) {
        this.auth = auth;
        this.agency = agency;
        this.insights = insights;
        this.reportRuns = reportRuns;
    }

    /** An ad account's ad sets or ads: Graph's account-level edges, one paged read per account. */
    @GetMapping(VERSION + "/{adAccountId:act_\\d+}/{edge:adsets|ads}")
    GraphPages.Page adSetsOrAds(
            @PathVariable String adAccountId,
            @PathVariable String edge,
            HttpServletRequest request,
            @RequestParam(required = false) @Nullable String fields,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String after) {
        auth.authorize(request);
        existing(adAccountId);
        return GraphPages.page(
                edge.equals("ads") ? agency.ads(adAccountId) : agency.adSets(adAccountId),
                fields,
                DEFAULT_FIELDS,
                limit,
                after,
                null,
                ServletUriComponentsBuilder.fromCurrentRequest());
    }

    /**
     * A campaign, ad set or ad by id, or an async report run's status. Graph ids are one namespace: {@link
     * LeadAdsController} serves {@code /{id}} and hands over the ids that are not Lead Ads objects.
     */
    Map<String, Object> node(
            @PathVariable String id,
            HttpServletRequest request,
            @RequestParam(required = false) @Nullable String fields) {
        auth.authorize(request);
        var run = reportRuns.find(id);
        if (run.isPresent()) {
            return reportRuns.poll(run.get());
        }
        return GraphPages.select(existing(id).node(), fields, DEFAULT_FIELDS);
    }

    @GetMapping(VERSION + "/{id:act_\\d+|\\d+}/insights")
    InsightsPage insights(
            @PathVariable String id,
            HttpServletRequest request,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(name = "time_range", required = false) @Nullable String timeRange,
            @RequestParam(name = "time_increment", required = false) @Nullable String timeIncrement,
            @RequestParam(required = false) @Nullable String fields,
            @RequestParam(name = "action_attribution_windows", required = false) @Nullable String windows,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String after) {
        auth.authorize(request);
        var run = reportRuns.find(id);
        InsightsQuery query;
        if (run.isPresent()) {
            if (!reportRuns.completed(run.get())) {
                throw GraphException.method(100, null, "(#100) The report run has not completed yet");
            }
            query = run.get().query();
        } else {
            Placed object = existing(id);
            query = InsightsQuery.parse(
                    id, level, timeRange, timeIncrement, fields, windows, LocalDate.now(object.zone()));
        }
        return page(rows(query), limit, after);
    }

    /** Starts an async report run over the same parameters a synchronous read takes. */
    @PostMapping(VERSION + "/{adAccountId:act_\\d+}/insights")
    Map<String, String> startReportRun(
            @PathVariable String adAccountId,
            HttpServletRequest request,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(name = "time_range", required = false) @Nullable String timeRange,
            @RequestParam(name = "time_increment", required = false) @Nullable String timeIncrement,
            @RequestParam(required = false) @Nullable String fields,
            @RequestParam(name = "action_attribution_windows", required = false) @Nullable String windows) {
        auth.authorize(request);
        Placed account = existing(adAccountId);
        InsightsQuery query = InsightsQuery.parse(
                adAccountId, level, timeRange, timeIncrement, fields, windows, LocalDate.now(account.zone()));
        rows(query); // Graph validates the parameters before it accepts the job.
        return Map.of("report_run_id", reportRuns.start(query));
    }

    private List<Map<String, Object>> rows(InsightsQuery query) {
        return insights.rows(existing(query.objectId()), query);
    }

    /** Insights pages carry opaque offset cursors; the next link repeats the request. */
    private static InsightsPage page(
            List<Map<String, Object>> rows, @Nullable String limitParam, @Nullable String after) {
        int limit = limitParam == null ? GraphPages.DEFAULT_LIMIT : Math.min(parse(limitParam), InsightsPage.MAX_LIMIT);
        int from = after == null || after.isEmpty() ? 0 : offset(after);
        int to = Math.min(rows.size(), from + limit);
        List<Map<String, Object>> data = rows.subList(Math.min(from, rows.size()), to);
        if (data.isEmpty()) {
            return new InsightsPage(data, null);
        }
        String before = cursor(from);
        String last = cursor(to);
        String next = to < rows.size()
                ? ServletUriComponentsBuilder.fromCurrentRequest()
                        .replaceQueryParam("after", last)
                        .replaceQueryParam("limit", limit)
                        .build()
                        .toUriString()
                : null;
        return new InsightsPage(data, new GraphPages.Paging(new GraphPages.Cursors(before, last), next, null));
    }

    private static int parse(String limit) {
        try {
            int value = Integer.parseInt(limit);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Falls through to Graph's error below.
        }
        throw GraphException.method(100, null, "(#100) Param limit must be a positive integer");
    }

    private static String cursor(int offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return Integer.parseInt(text.substring("offset:".length()));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw GraphException.method(100, null, "(#100) The cursor is invalid");
        }
    }

    private Placed existing(String id) {
        return agency.find(id)
                .orElseThrow(() -> GraphException.method(
                        100,
                        33,
                        ("Unsupported get request. Object with ID '%s' does not exist, cannot be loaded due to"
                                        + " missing permissions, or does not support this operation.")
                                .formatted(id)));
    }

    /** Graph lets insights pages be larger than edge pages. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InsightsPage(List<Map<String, Object>> data, GraphPages.@Nullable Paging paging) {
        static final int MAX_LIMIT = 500;
    }
}
