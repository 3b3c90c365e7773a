package com.targetbot.sandbox.graph;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Async insights jobs ({@code POST /act_X/insights} → {@code report_run_id}): a job reads "Job Running" for a
 * configured number of status reads, then "Job Completed", after which its rows are served from
 * {@code /{report_run_id}/insights}.
 */
@Component
class GraphReportRuns {

    private static final long FIRST_ID = 900_000_000_000_000L;

    private final int pollsToComplete;
    private final AtomicLong serial = new AtomicLong();
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    GraphReportRuns(GraphAgencyProperties properties) {
        this.pollsToComplete = properties.reportRunPolls();
    }

    String start(InsightsQuery query) {
        String id = Long.toString(FIRST_ID + serial.incrementAndGet());
        runs.put(id, new Run(id, query, new AtomicLong()));
        return id;
    }

    Optional<Run> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** A status read: the job advances one step per read. */
    Map<String, Object> poll(Run run) {
        long polls = run.polls().incrementAndGet();
        boolean done = polls > pollsToComplete;
        int percent = done ? 100 : (int) (polls * 100 / (pollsToComplete + 1));
        return Map.of(
                "id",
                run.id(),
                "account_id",
                run.query().objectId().replace("act_", ""),
                "async_status",
                done ? "Job Completed" : "Job Running",
                "async_percent_completion",
                percent);
    }

    boolean completed(Run run) {
        return run.polls().get() > pollsToComplete;
    }

    record Run(String id, InsightsQuery query, AtomicLong polls) {}
}
