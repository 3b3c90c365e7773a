package com.targetbot.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * A closed-loop load generator: a fixed number of virtual threads, each sending its next update as
 * soon as the previous one is answered, over HTTP/1.1 keep-alive connections (as Telegram does). A
 * request counts in the measured phase when its answer arrives inside the measured window; its
 * latency runs from the first send to the final answer.
 *
 * <p>An update that gets no answer at all is sent again, as Telegram re-delivers an update until it
 * gets a 2xx. The JDK client needs that here: about once in 100,000 requests its HTTP/1.1 pool
 * hands the answer of a reused connection to the pool's idle-connection watcher ("Data received while
 * in pool", the race of JDK-8338569) and reports "header parser received no bytes", with any server.
 * Such re-sent updates are counted and reported; an update still unanswered after the last attempt
 * fails the run.
 */
final class ClosedLoop {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final int ATTEMPTS = 3;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final long HIGHEST_LATENCY_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final BenchSettings settings;
    private final AtomicLong updateIds;

    /** @param updateIds the next update id; shared by every run so that no id is ever sent twice */
    ClosedLoop(BenchSettings settings, AtomicLong updateIds) {
        this.settings = settings;
        this.updateIds = updateIds;
    }

    LoadRun run(Target target, int round) {
        long firstUpdateId = updateIds.get();
        long start = System.nanoTime();
        var window = new Window(
                start,
                start + settings.warmup().toNanos(),
                start + settings.warmup().toNanos() + settings.duration().toNanos());
        List<Worker> workers = new ArrayList<>();
        try (HttpClient client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(CONNECT_TIMEOUT)
                        .build();
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < settings.concurrency(); i++) {
                var worker = new Worker(client, target, window);
                workers.add(worker);
                running.add(threads.submit(worker::loop));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("interrupted while loading " + target.name());
        } catch (ExecutionException e) {
            throw new BenchmarkFailure("load generator failed: " + e.getCause());
        }
        return merge(target, round, firstUpdateId, workers);
    }

    private LoadRun merge(Target target, int round, long firstUpdateId, List<Worker> workers) {
        var latencies = new Histogram(HIGHEST_LATENCY_NANOS, 3);
        Map<Integer, Long> rejected = new HashMap<>();
        List<Long> resent = new ArrayList<>();
        long answered = 0;
        long failed = 0;
        String firstProblem = null;
        for (Worker worker : workers) {
            latencies.add(worker.latencies);
            worker.rejected.forEach((status, count) -> rejected.merge(status, count, Long::sum));
            resent.addAll(worker.resent);
            answered += worker.answered;
            failed += worker.failed;
            if (firstProblem == null) {
                firstProblem = worker.firstProblem;
            }
        }
        return new LoadRun(
                target.name(),
                round,
                Figures.of(latencies, settings.duration()),
                answered,
                firstUpdateId,
                updateIds.get(),
                List.copyOf(resent),
                Map.copyOf(rejected),
                failed,
                firstProblem);
    }

    /**
     * When the run started and its measured phase, in {@link System#nanoTime()} terms: from inclusive,
     * to exclusive.
     */
    private record Window(long started, long from, long to) {

        boolean contains(long nanos) {
            return nanos >= from && nanos < to;
        }
    }

    /** One update in flight at a time; its state is confined to its own thread until the run ends. */
    private final class Worker {

        private final HttpClient client;
        private final Target target;
        private final Window window;
        private final Histogram latencies = new Histogram(HIGHEST_LATENCY_NANOS, 3);
        private final Map<Integer, Long> rejected = new HashMap<>();
        private final List<Long> resent = new ArrayList<>();
        private long answered;
        private long failed;
        private @Nullable String firstProblem;

        Worker(HttpClient client, Target target, Window window) {
            this.client = client;
            this.target = target;
            this.window = window;
        }

        void loop() {
            while (!Thread.currentThread().isInterrupted()) {
                long sent = System.nanoTime();
                if (sent >= window.to()) {
                    return;
                }
                long updateId = updateIds.getAndIncrement();
                HttpResponse<String> response = deliver(updateId, sent);
                long received = System.nanoTime();
                if (response == null) {
                    failed++;
                } else if (response.statusCode() == 200) {
                    answered++;
                    if (window.contains(received)) {
                        latencies.recordValue(received - sent);
                    }
                } else {
                    rejected.merge(response.statusCode(), 1L, Long::sum);
                    problem("update " + updateId + " answered " + response.statusCode() + ": " + response.body());
                }
            }
        }

        /** The answer, or null when every attempt ended without one. */
        private @Nullable HttpResponse<String> deliver(long updateId, long sent) {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                try {
                    return client.send(request(updateId), HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    if (attempt == ATTEMPTS) {
                        problem(String.format(
                                Locale.ROOT,
                                "update %d got no answer in %d attempts (%.1f ms, %.1f s into the run): %s",
                                updateId,
                                ATTEMPTS,
                                (System.nanoTime() - sent) / 1e6,
                                (sent - window.started()) / 1e9,
                                e));
                    } else if (attempt == 1) {
                        resent.add(updateId);
                    }
                } catch (InterruptedException e) {
                    problem("update " + updateId + " interrupted before its answer");
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            return null;
        }

        private HttpRequest request(long updateId) {
            return HttpRequest.newBuilder(target.uri())
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header(SECRET_HEADER, target.webhookSecret())
                    .POST(HttpRequest.BodyPublishers.ofString(TelegramUpdates.message(updateId)))
                    .build();
        }

        private void problem(String description) {
            if (firstProblem == null) {
                firstProblem = description;
            }
        }
    }
}
