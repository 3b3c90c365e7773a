package com.targetbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MetaSyncReportTests {

    private static final BenchSettings SETTINGS =
            new BenchSettings(Path.of("."), Duration.ofSeconds(3), Duration.ofSeconds(10), 4, 2);
    private static final MetaSyncReport.Sync SYNC = new MetaSyncReport.Sync(
            Duration.ofSeconds(30),
            Duration.ofSeconds(28),
            Duration.ofSeconds(12),
            Duration.ofSeconds(13),
            Map.of(
                    "ad accounts",
                    1L,
                    "structure pages",
                    60L,
                    "report runs (start + status)",
                    104L,
                    "insights pages",
                    75L),
            Map.of(
                    "ad accounts",
                    1L,
                    "structure pages",
                    39L,
                    "report runs (start + status)",
                    104L,
                    "insights pages",
                    56L),
            Map.of("account", 700L, "campaign", 9_000L, "adset", 18_000L, "ad", 36_000L),
            4_680);

    @Test
    void callsAreSetAgainstTheMinimumKindByKindAndInAll() {
        String markdown = report().markdown();

        assertThat(markdown)
                .contains("| structure pages | 60 | 39 | 1.54× |")
                .contains("| report runs (start + status) | 104 | 104 | 1.00× |")
                .contains("| **all** | **240** | **200** | **1.20×** |")
                .contains("account 700, campaign 9,000, adset 18,000, ad 36,000; 4,680 records on meta.insights.");
    }

    @Test
    void wallTimeIsSetAgainstTheSandboxsBusyTime() {
        assertThat(report().markdown())
                .contains("| wall: first Graph call → last insights row in Redis | 30.00 |")
                .contains("| sandbox serving, busy (≥ 1 request in hand) | 12.00 |")
                .contains("| **wall / serving (busy)** | **2.50×** |");
    }

    @Test
    void theBetterRunOfEachTargetCountsAndTheReportEndsWithTheRatios() {
        String markdown = report().markdown();

        assertThat(markdown)
                .contains(
                        "| Redis: the same hashes, HGETALL pipelined + sum (baseline) | 20,000 | 2,000 | 1.00 | 4.00 |")
                .contains("| meta-service GET /meta/stats | 2,000 | 200 | 10.00 | 60.00 |")
                .contains("| **subject / baseline** | | **0.10×** | **10.00×** | **15.00×** | |")
                .contains("13 ad accounts (3 named with 30, 12 and 0 campaigns, 10 generated with 20 each)")
                .endsWith("ratio=graph-calls/minimum:1.20 wall/serving:2.50 stats-p50:10.00 stats-p99:15.00\n");
    }

    private static MetaSyncReport report() {
        return new MetaSyncReport(
                MetaAgency.from(new Properties()),
                ReportFixtures.MACHINE,
                SYNC,
                SETTINGS,
                24,
                List.of(
                        run(MetaSyncReport.BASELINE, 15_000, 1.5, 5.0),
                        run(MetaSyncReport.SUBJECT, 1_000, 15.0, 80.0),
                        run(MetaSyncReport.BASELINE, 20_000, 1.0, 4.0),
                        run(MetaSyncReport.SUBJECT, 2_000, 10.0, 60.0)));
    }

    private static LeadsLoop.Run run(String target, long queries, double p50, double p99) {
        return new LeadsLoop.Run(target, new Figures(queries, SETTINGS.duration(), p50, p99, p99 * 2), queries);
    }
}
