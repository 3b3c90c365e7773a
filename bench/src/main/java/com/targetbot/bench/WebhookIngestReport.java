package com.targetbot.bench;

import static com.targetbot.bench.Markdown.line;

import java.util.Comparator;
import java.util.List;

/**
 * The result of the webhook-ingest benchmark as Markdown: the better run of each target, the ratio
 * gateway / baseline, every run, the delivery check and the machine.
 *
 * @param delivery what the Kafka read-back found
 */
record WebhookIngestReport(BenchSettings settings, MachineFacts machine, List<LoadRun> runs, String delivery) {

    static final String BASELINE = "bare endpoint";
    static final String GATEWAY = "gateway";

    /** The run with the higher throughput: noise on a shared machine only ever makes a run slower. */
    LoadRun best(String target) {
        return runs.stream()
                .filter(run -> run.target().equals(target))
                .max(Comparator.comparingDouble(run -> run.figures().throughput()))
                .orElseThrow(() -> new IllegalStateException("no run of " + target));
    }

    String markdown() {
        Figures baseline = best(BASELINE).figures();
        Figures gateway = best(GATEWAY).figures();
        var text = new StringBuilder();
        text.append("# Webhook ingest: gateway vs bare HTTP endpoint\n\n");
        text.append(line(
                "POST /telegram/webhook, %d concurrent requests (closed loop, HTTP/1.1 keep-alive), "
                        + "%s warm-up + %s measured per run, %d rounds alternating baseline and gateway; "
                        + "the better run of each counts.",
                settings.concurrency(),
                BenchSettings.text(settings.warmup()),
                BenchSettings.text(settings.duration()),
                settings.rounds()));
        text.append('\n');
        text.append("| | requests | throughput (req/s) | p50 (ms) | p99 (ms) | p99.9 (ms) |\n");
        text.append("|---|---:|---:|---:|---:|---:|\n");
        text.append(baseline.markdownRow("bare endpoint (baseline)"));
        text.append(gateway.markdownRow("gateway (secret check, JSON, Kafka acks=all)"));
        text.append(line(
                "| **gateway / baseline** | | **%.2f×** | **%.2f×** | **%.2f×** | |",
                gateway.throughput() / baseline.throughput(),
                gateway.p50Millis() / baseline.p50Millis(),
                gateway.p99Millis() / baseline.p99Millis()));
        text.append("\nEvery run:\n\n");
        text.append(
                "| round | target | requests | throughput (req/s) | p50 (ms) | p99 (ms) | p99.9 (ms) | re-sent |\n");
        text.append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (LoadRun run : runs) {
            Figures figures = run.figures();
            text.append(line(
                    "| %d | %s | %,d | %,.0f | %.2f | %.2f | %.2f | %d |",
                    run.round(),
                    run.target(),
                    figures.requests(),
                    figures.throughput(),
                    figures.p50Millis(),
                    figures.p99Millis(),
                    figures.p999Millis(),
                    run.resentUpdateIds().size()));
        }
        text.append("\nEvery request of every run (warm-up included) was answered 200. Re-sent: updates sent again "
                + "after the JDK client lost an answer on a reused connection (see docs/benchmarks.md).\n");
        text.append("\nDelivery: ").append(delivery).append('\n');
        text.append('\n').append(machine.markdown());
        return text.toString();
    }
}
