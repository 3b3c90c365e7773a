package com.targetbot.bench;

import static com.targetbot.bench.Markdown.line;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Meta sync benchmark's result as Markdown: Graph calls made against the fewest the data needs, the sync's wall
 * time against the time the sandbox spent serving it, and the period query against a straight Redis read, each with
 * its ratio, ending with a {@code ratio=} line.
 */
record MetaSyncReport(
        MetaAgency agency,
        MachineFacts machine,
        Sync sync,
        BenchSettings settings,
        int queries,
        List<LeadsLoop.Run> runs) {

    static final String SUBJECT = "GET /meta/stats";
    static final String BASELINE = "Redis HGETALL + sum";

    /**
     * What the sync did.
     *
     * @param wall from the sync's first Graph call until its last insights row was in Redis
     * @param graphPhase from the first Graph call until the last answer
     * @param servingBusy time the sandbox had at least one Graph request in hand
     * @param servingTotal the Graph requests' durations added up
     * @param made calls by kind ({@link GraphCallFloor#KINDS})
     * @param minimum the fewest calls by kind
     * @param rowsByLevel insights rows stored, by level
     * @param records {@code AdInsightsDay} records published (one per account, level and day)
     */
    record Sync(
            Duration wall,
            Duration graphPhase,
            Duration servingBusy,
            Duration servingTotal,
            Map<String, Long> made,
            Map<String, Long> minimum,
            Map<String, Long> rowsByLevel,
            long records) {

        long callsMade() {
            return made.values().stream().mapToLong(Long::longValue).sum();
        }

        long callsMinimum() {
            return minimum.values().stream().mapToLong(Long::longValue).sum();
        }

        double callRatio() {
            return (double) callsMade() / callsMinimum();
        }

        double wallRatio() {
            return (double) wall.toNanos() / servingBusy.toNanos();
        }
    }

    LeadsLoop.Run best(String target) {
        return LeadsLoop.Run.best(runs, target);
    }

    String ratioLine() {
        Figures subject = best(SUBJECT).figures();
        Figures baseline = best(BASELINE).figures();
        return line(
                "ratio=graph-calls/minimum:%.2f wall/serving:%.2f stats-p50:%.2f stats-p99:%.2f",
                sync.callRatio(),
                sync.wallRatio(),
                subject.p50Millis() / baseline.p50Millis(),
                subject.p99Millis() / baseline.p99Millis());
    }

    String markdown() {
        var text = new StringBuilder();
        text.append("# Meta sync: a first sync of a sandbox agency, and /meta/stats over it\n\n");
        text.append(line(
                "Agency: %d ad accounts (3 named with 30, 12 and 0 campaigns, %d generated with %d each), %d ad sets"
                        + " and %d ads per campaign: %,d campaigns, %,d ads; %d days backfilled.",
                agency.accounts().size(),
                agency.extraAccounts(),
                agency.campaigns(),
                agency.adSetsPerCampaign(),
                agency.adsPerCampaign(),
                agency.totalCampaigns(),
                agency.totalAds(),
                agency.days()));
        text.append("\n## Graph calls\n\n");
        text.append("| | made | minimum | made / minimum |\n|---|---:|---:|---:|\n");
        for (String kind : GraphCallFloor.KINDS) {
            long made = sync.made().getOrDefault(kind, 0L);
            long minimum = sync.minimum().getOrDefault(kind, 0L);
            text.append(line("| %s | %,d | %,d | %s |", kind, made, minimum, minimum == 0 ? "" : ratio(made, minimum)));
        }
        text.append(line(
                "| **all** | **%,d** | **%,d** | **%.2f×** |",
                sync.callsMade(), sync.callsMinimum(), sync.callRatio()));
        text.append(line(
                "%nInsights rows stored: %s; %,d records on meta.insights.", rows(sync.rowsByLevel()), sync.records()));
        text.append("\n## Wall time\n\n");
        text.append("| | seconds |\n|---|---:|\n");
        text.append(line("| wall: first Graph call → last insights row in Redis | %.2f |", seconds(sync.wall())));
        text.append(line("| of which the Graph phase: first call → last answer | %.2f |", seconds(sync.graphPhase())));
        text.append(line("| sandbox serving, busy (≥ 1 request in hand) | %.2f |", seconds(sync.servingBusy())));
        text.append(line("| sandbox serving, requests' durations added up | %.2f |", seconds(sync.servingTotal())));
        text.append(line("| **wall / serving (busy)** | **%.2f×** |", sync.wallRatio()));
        Figures subject = best(SUBJECT).figures();
        Figures baseline = best(BASELINE).figures();
        text.append("\n## Period statistics\n\n");
        text.append(line(
                "%d queries (4 levels × 3 periods × all accounts or one), %d in flight (closed loop), %s warm-up + %s"
                        + " measured per run, %d rounds alternating baseline and subject; the better run of each"
                        + " counts.",
                queries,
                settings.concurrency(),
                BenchSettings.text(settings.warmup()),
                BenchSettings.text(settings.duration()),
                settings.rounds()));
        text.append("\n| | queries | throughput (q/s) | p50 (ms) | p99 (ms) | p99.9 (ms) |\n");
        text.append("|---|---:|---:|---:|---:|---:|\n");
        text.append(baseline.markdownRow("Redis: the same hashes, HGETALL pipelined + sum (baseline)"));
        text.append(subject.markdownRow("meta-service GET /meta/stats"));
        text.append(line(
                "| **subject / baseline** | | **%.2f×** | **%.2f×** | **%.2f×** | |",
                subject.throughput() / baseline.throughput(),
                subject.p50Millis() / baseline.p50Millis(),
                subject.p99Millis() / baseline.p99Millis()));
        text.append("\nEvery run:\n\n| target | queries | throughput (q/s) | p50 (ms) | p99 (ms) |\n");
        text.append("|---|---:|---:|---:|---:|\n");
        runs.forEach(run -> text.append(run.markdownRow()));
        text.append('\n').append(machine.markdown());
        text.append('\n').append(ratioLine());
        return text.toString();
    }

    private static String rows(Map<String, Long> byLevel) {
        var text = new StringBuilder();
        for (String level : GraphCallFloor.LEVELS) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(String.format(java.util.Locale.ROOT, "%s %,d", level, byLevel.getOrDefault(level, 0L)));
        }
        return text.toString();
    }

    private static String ratio(long made, long minimum) {
        return String.format(java.util.Locale.ROOT, "%.2f×", (double) made / minimum);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
