package com.targetbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookIngestReportTests {

    private static final BenchSettings SETTINGS =
            new BenchSettings(Path.of("."), Duration.ofSeconds(5), Duration.ofSeconds(10), 16, 2);

    @Test
    void ratioRowDividesTheBetterGatewayRunByTheBetterBaselineRun() {
        var report = report(
                run(WebhookIngestReport.BASELINE, 1, 80_000, 2.0, 8.0),
                run(WebhookIngestReport.GATEWAY, 1, 20_000, 9.0, 40.0),
                run(WebhookIngestReport.BASELINE, 2, 100_000, 1.5, 6.0),
                run(WebhookIngestReport.GATEWAY, 2, 25_000, 6.0, 30.0));

        assertThat(report.best(WebhookIngestReport.BASELINE).round()).isEqualTo(2);
        assertThat(report.best(WebhookIngestReport.GATEWAY).round()).isEqualTo(2);
        assertThat(report.markdown())
                .contains("| bare endpoint (baseline) | 100,000 | 10,000 | 1.50 | 6.00 | 12.00 |")
                .contains("| gateway (secret check, JSON, Kafka acks=all) | 25,000 | 2,500 | 6.00 | 30.00 | 60.00 |")
                .contains("| **gateway / baseline** | | **0.25×** | **4.00×** | **5.00×** | |");
    }

    @Test
    void everyRunIsListedInTheOrderItRan() {
        String markdown = report(
                        run(WebhookIngestReport.BASELINE, 1, 80_000, 2.0, 8.0),
                        run(WebhookIngestReport.GATEWAY, 1, 20_000, 9.0, 40.0))
                .markdown();

        assertThat(markdown)
                .containsSubsequence(
                        "| 1 | bare endpoint | 80,000 | 8,000 | 2.00 | 8.00 | 16.00 | 0 |",
                        "| 1 | gateway | 20,000 | 2,000 | 9.00 | 40.00 | 80.00 | 0 |");
    }

    @Test
    void reportStatesMethodDeliveryAndMachine() {
        String markdown = report(
                        run(WebhookIngestReport.BASELINE, 1, 80_000, 2.0, 8.0),
                        run(WebhookIngestReport.GATEWAY, 1, 20_000, 9.0, 40.0))
                .markdown();

        assertThat(markdown)
                .contains("16 concurrent requests", "5 s warm-up + 10 s measured", "2 rounds")
                .contains("Delivery: all there.")
                .contains(
                        "2 cores (Test CPU), OpenJDK 64-Bit Server VM 25, Linux 6.1 amd64, load average 0.50 at the start, 2026-11-25T12:00Z.");
    }

    private static WebhookIngestReport report(LoadRun... runs) {
        return new WebhookIngestReport(SETTINGS, ReportFixtures.MACHINE, List.of(runs), "all there.");
    }

    private static LoadRun run(String target, int round, long requests, double p50, double p99) {
        var figures = new Figures(requests, SETTINGS.duration(), p50, p99, p99 * 2);
        return new LoadRun(target, round, figures, requests, 1, requests + 1, List.of(), Map.of(), 0, null);
    }
}
