package com.targetbot.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * A closed loop for the leads-ingest benchmark: a fixed number of virtual threads, each creating its
 * next lead as soon as the previous one is done. A lead counts when it is done inside the measured
 * window; its latency runs from the start of its creation to the end. Any failure ends the run: a
 * lead that is lost or refused makes the figures meaningless.
 */
final class LeadsLoop {

    private static final long HIGHEST_LATENCY_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** Creates one lead and returns once it is done (visible, or acknowledged by both stores). */
    @FunctionalInterface
    interface Ingest {
        void lead(long sequence) throws Exception;
    }

    /**
     * @param figures the measured phase
     * @param done every lead completed, warm-up included
     */
    record Run(String target, Figures figures, long done) {

        /** The run of {@code target} with the higher throughput: noise on a shared machine only ever makes a run slower. */
        static Run best(List<Run> runs, String target) {
            return runs.stream()
                    .filter(run -> run.target().equals(target))
                    .max(Comparator.comparingDouble(run -> run.figures().throughput()))
                    .orElseThrow(() -> new IllegalStateException("no run of " + target));
        }

        /** A row of a report's every-run table: target, count, throughput, p50 and p99. */
        String markdownRow() {
            return Markdown.line(
                    "| %s | %,d | %,.0f | %.2f | %.2f |",
                    target, figures.requests(), figures.throughput(), figures.p50Millis(), figures.p99Millis());
        }

        String summary() {
            return String.format(
                    Locale.ROOT,
                    "%-22s %,9d leads  %,9.0f leads/s  p50 %6.2f ms  p99 %6.2f ms  p99.9 %6.2f ms",
                    target,
                    figures.requests(),
                    figures.throughput(),
                    figures.p50Millis(),
                    figures.p99Millis(),
                    figures.p999Millis());
        }
    }

    private final BenchSettings settings;
    private final AtomicLong sequences;

    /** @param sequences the next lead number; shared by every run so that no phone number repeats */
    LeadsLoop(BenchSettings settings, AtomicLong sequences) {
        this.settings = settings;
        this.sequences = sequences;
    }

    Run run(String target, Ingest ingest) {
        long start = System.nanoTime();
        long from = start + settings.warmup().toNanos();
        long to = from + settings.duration().toNanos();
        List<Histogram> histograms = new ArrayList<>();
        List<Future<Long>> running = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < settings.concurrency(); i++) {
                var latencies = new Histogram(HIGHEST_LATENCY_NANOS, 3);
                histograms.add(latencies);
                running.add(threads.submit(() -> loop(ingest, latencies, from, to)));
            }
            long done = 0;
            for (Future<Long> future : running) {
                done += future.get();
            }
            var merged = new Histogram(HIGHEST_LATENCY_NANOS, 3);
            histograms.forEach(merged::add);
            return new Run(target, Figures.of(merged, settings.duration()), done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("interrupted while loading " + target);
        } catch (ExecutionException e) {
            throw new BenchmarkFailure(target + " failed: " + e.getCause().getMessage());
        }
    }

    private long loop(Ingest ingest, Histogram latencies, long from, long to) throws Exception {
        long done = 0;
        while (true) {
            long sent = System.nanoTime();
            if (sent >= to) {
                return done;
            }
            ingest.lead(sequences.getAndIncrement());
            long finished = System.nanoTime();
            done++;
            if (finished >= from && finished < to) {
                latencies.recordValue(finished - sent);
            }
        }
    }
}
