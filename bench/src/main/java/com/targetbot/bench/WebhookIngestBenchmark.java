package com.targetbot.bench;

import com.targetbot.infra.FreePorts;
import com.targetbot.infra.ManagedProcess;
import com.targetbot.infra.Processes;
import com.targetbot.stack.Component;
import com.targetbot.stack.LocalStack;
import com.targetbot.stack.Secrets;
import com.targetbot.stack.StackConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Telegram webhook ingest through the real gateway (secret check, JSON validation, publish to Kafka
 * with acks=all, 200 after the broker's ack) against a bare Reactor Netty endpoint that only reads the
 * body. Both run as separate JVMs with the same flags; the load comes from this JVM. Runs alternate
 * (baseline, gateway, baseline, gateway…) and the better run of each counts, so that a noisy neighbour
 * on a small machine does not decide the ratio. Afterwards {@code telegram.updates} is read back to
 * prove that every 200 was a delivered update.
 *
 * <p>System properties: {@code targetbot.root} (default {@code .}), {@code bench.warmup} (5s),
 * {@code bench.duration} (15s), {@code bench.concurrency} (16), {@code bench.rounds} (2).
 */
public final class WebhookIngestBenchmark {

    private static final String WEBHOOK_PATH = "/telegram/webhook";
    private static final String BARE_PID_FILE = "run/bare-endpoint.pid";
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final BenchSettings settings;

    WebhookIngestBenchmark(BenchSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        Benchmarks.report(() -> new WebhookIngestBenchmark(BenchSettings.from(System.getProperties()))
                .run()
                .markdown());
    }

    @SuppressWarnings("java:S106")
    WebhookIngestReport run() {
        Path work = settings.root().resolve("bench/target/webhook-ingest");
        Path output = settings.root().resolve("bench/target/webhook-ingest.md");
        AtomicReference<ManagedProcess> bare = new AtomicReference<>();
        Thread cleanup = new Thread(() -> stopAll(work, bare));
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            fresh(work);
            System.out.println("Starting Kafka, Redis and the gateway (logs in " + work.resolve("logs") + ")");
            LocalStack stack = LocalStack.start(
                    StackConfig.ephemeral(settings.root(), work),
                    line -> System.out.println("  " + line),
                    EnumSet.of(Component.KAFKA, Component.REDIS, Component.GATEWAY));
            int barePort = FreePorts.find();
            bare.set(BareEndpoint.launch(barePort, work));
            Files.writeString(
                    work.resolve(BARE_PID_FILE), Long.toString(bare.get().pid()));
            System.out.println("  bare endpoint    ready on http://127.0.0.1:" + barePort);

            String secret = stack.secrets().get(Secrets.WEBHOOK_SECRET);
            List<Target> targets = List.of(
                    new Target(
                            WebhookIngestReport.BASELINE,
                            URI.create("http://127.0.0.1:" + barePort + WEBHOOK_PATH),
                            secret),
                    new Target(
                            WebhookIngestReport.GATEWAY,
                            URI.create(stack.config().url("gateway-service") + WEBHOOK_PATH),
                            secret));
            MachineFacts machine = MachineFacts.current();
            List<LoadRun> runs = load(targets);
            bare.get().close();

            System.out.println("Reading telegram.updates back");
            String delivery = DeliveryCheck.verify(
                    "127.0.0.1:" + stack.config().port("kafka"),
                    runs.stream()
                            .filter(run -> run.target().equals(WebhookIngestReport.GATEWAY))
                            .toList());
            var report = new WebhookIngestReport(settings, machine, runs, delivery);
            Files.writeString(output, report.markdown());
            System.out.println("Written to " + output);
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            stopAll(work, bare);
            Benchmarks.removeHook(cleanup);
        }
    }

    @SuppressWarnings("java:S106")
    private List<LoadRun> load(List<Target> targets) {
        System.out.printf(
                "Load: %d concurrent, %s warm-up + %s measured per run, %d rounds%n",
                settings.concurrency(),
                BenchSettings.text(settings.warmup()),
                BenchSettings.text(settings.duration()),
                settings.rounds());
        var loop = new ClosedLoop(settings, new AtomicLong(1));
        List<LoadRun> runs = new ArrayList<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            for (Target target : targets) {
                LoadRun run = loop.run(target, round);
                System.out.println("  " + run.summary());
                if (!run.clean()) {
                    throw new BenchmarkFailure(target.name() + " did not answer every request with 200: "
                            + run.rejected() + " by status, " + run.failed() + " without answer; first: "
                            + run.firstProblem());
                }
                runs.add(run);
            }
        }
        return runs;
    }

    /** Leftovers of an interrupted earlier run, the bare endpoint among them, are stopped and wiped. */
    private static void fresh(Path work) throws IOException {
        Path barePid = work.resolve(BARE_PID_FILE);
        if (Files.exists(barePid)) {
            ProcessHandle.of(Long.parseLong(Files.readString(barePid).trim()))
                    .ifPresent(handle -> Processes.stop(handle, STOP_GRACE));
        }
        Benchmarks.fresh(work);
    }

    private static void stopAll(Path work, AtomicReference<ManagedProcess> bare) {
        ManagedProcess endpoint = bare.getAndSet(null);
        if (endpoint != null) {
            endpoint.close();
        }
        // What LocalStack.close() does, usable by the shutdown hook before start() has returned a stack.
        LocalStack.stopRecorded(work);
        try {
            Files.deleteIfExists(work.resolve(BARE_PID_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
