package com.targetbot.bench;

import static com.targetbot.bench.Markdown.line;

import com.targetbot.stack.Component;
import com.targetbot.stack.LocalStack;
import com.targetbot.stack.Secrets;
import com.targetbot.stack.StackConfig;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Leads created through the gateway ({@code POST /api/leads}, then {@code GET} of the Location until
 * it answers 200) against the raw path such a lead needs at least: one Kafka record (acks=all,
 * idempotent) plus a Redis HSET and ZADD, written straight from this JVM. Kafka, Redis, leads-service
 * and the gateway run as separate processes started by the local-stack launcher; the load comes from
 * this JVM.
 *
 * <p>System properties: {@code targetbot.root} (default {@code .}), {@code bench.warmup} (5s),
 * {@code bench.duration} (15s), {@code bench.concurrency} (8), {@code bench.rounds} (1).
 */
public final class LeadsIngestBenchmark {

    static final String BASELINE = "raw Kafka + Redis";
    static final String SUBJECT = "REST create → visible";

    private static final String SCRATCH_TOPIC = "bench.leads-ingest";
    private static final int SCRATCH_PARTITIONS = 3;
    private static final int ATTEMPTS = 3;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(30);
    // A short pause between polls, so that waiting leads do not take the CPU the services need.
    private static final Duration POLL_PAUSE = Duration.ofMillis(1);

    private final BenchSettings settings;

    LeadsIngestBenchmark(BenchSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        Benchmarks.report(() -> new LeadsIngestBenchmark(settings(System.getProperties())).run());
    }

    /** The shared settings, with this benchmark's own defaults: 8 leads in flight, one round. */
    static BenchSettings settings(Properties properties) {
        BenchSettings shared = BenchSettings.from(properties);
        return new BenchSettings(
                shared.root(),
                shared.warmup(),
                shared.duration(),
                Integer.parseInt(properties.getProperty("bench.concurrency", "8")),
                Integer.parseInt(properties.getProperty("bench.rounds", "1")));
    }

    @SuppressWarnings("java:S106")
    String run() {
        Path work = settings.root().resolve("bench/target/leads-ingest");
        Path output = settings.root().resolve("bench/target/leads-ingest.md");
        return Benchmarks.inWorkDirectory(work, () -> {
            liftRateLimit(work);
            System.out.println(
                    "Starting Kafka, Redis, leads-service and the gateway (logs in " + work.resolve("logs") + ")");
            LocalStack stack = LocalStack.start(
                    StackConfig.ephemeral(settings.root(), work),
                    line -> System.out.println("  " + line),
                    EnumSet.of(Component.KAFKA, Component.REDIS, Component.LEADS, Component.GATEWAY));
            String kafka = "127.0.0.1:" + stack.config().port("kafka");
            createScratchTopic(kafka);
            MachineFacts machine = MachineFacts.current();
            System.out.printf(
                    "Load: %d leads in flight, %s warm-up + %s measured per run, %d rounds%n",
                    settings.concurrency(),
                    BenchSettings.text(settings.warmup()),
                    BenchSettings.text(settings.duration()),
                    settings.rounds());
            var loop = new LeadsLoop(settings, new AtomicLong(1));
            var polls = new AtomicLong();
            var resent = new AtomicLong();
            var accepted = new ConcurrentHistogram(TimeUnit.SECONDS.toNanos(60), 3);
            List<LeadsLoop.Run> runs = new java.util.ArrayList<>();
            try (var raw = new RawPath(kafka, stack.config().port("redis"));
                    HttpClient http = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(5))
                            .build()) {
                var rest = new RestPath(
                        http,
                        URI.create(stack.config().url("gateway-service")),
                        stack.secrets().get(Secrets.BOOTSTRAP_API_KEY),
                        polls,
                        resent,
                        accepted);
                for (int round = 1; round <= settings.rounds(); round++) {
                    runs.add(announce(loop.run(BASELINE, raw::lead)));
                    runs.add(announce(loop.run(SUBJECT, rest::lead)));
                }
            }
            String report = markdown(machine, runs, polls.get(), resent.get(), accepted);
            Benchmarks.write(output, report);
            return report;
        });
    }

    @SuppressWarnings("java:S106")
    private static LeadsLoop.Run announce(LeadsLoop.Run run) {
        System.out.println("  " + run.summary());
        return run;
    }

    static String name(long sequence) {
        return "Bench lead " + sequence;
    }

    /** A valid Russian mobile number, different for every lead of a run. */
    static String phone(long sequence) {
        return String.format(Locale.ROOT, "+7916%07d", sequence % 10_000_000);
    }

    static String json(long sequence) {
        return "{\"name\":\"" + name(sequence) + "\",\"phone\":\"" + phone(sequence) + "\"}";
    }

    /** The subject: the public API, as an integration would use it, until the lead can be read back. */
    private record RestPath(
            HttpClient http,
            URI gateway,
            String apiKey,
            AtomicLong polls,
            AtomicLong resent,
            ConcurrentHistogram accepted) {

        void lead(long sequence) throws IOException, InterruptedException {
            HttpRequest create = HttpRequest.newBuilder(gateway.resolve("/api/leads"))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("X-Auth-Key", apiKey)
                    .POST(HttpRequest.BodyPublishers.ofString(json(sequence)))
                    .build();
            long started = System.nanoTime();
            HttpResponse<String> created = send(create);
            accepted.recordValue(System.nanoTime() - started);
            String location = created.headers().firstValue("Location").orElse(null);
            if (created.statusCode() != 202 || location == null) {
                throw new BenchmarkFailure("POST /api/leads answered " + created.statusCode() + " (Location " + location
                        + "): " + created.body());
            }
            HttpRequest read = HttpRequest.newBuilder(gateway.resolve(location))
                    .timeout(REQUEST_TIMEOUT)
                    .header("X-Auth-Key", apiKey)
                    .GET()
                    .build();
            long deadline = System.nanoTime() + VISIBLE_WITHIN.toNanos();
            while (true) {
                polls.incrementAndGet();
                HttpResponse<String> answer = send(read);
                if (answer.statusCode() == 200) {
                    if (!answer.body().contains(phone(sequence))) {
                        throw new BenchmarkFailure(location + " shows another lead: " + answer.body());
                    }
                    return;
                }
                if (answer.statusCode() != 404) {
                    throw new BenchmarkFailure(
                            "GET " + location + " answered " + answer.statusCode() + ": " + answer.body());
                }
                if (System.nanoTime() > deadline) {
                    throw new BenchmarkFailure(location + " not visible within " + VISIBLE_WITHIN);
                }
                Thread.sleep(POLL_PAUSE);
            }
        }

        /**
         * Sends again when no answer came: the JDK client loses one now and then on a reused connection
         * (see ClosedLoop). A re-sent POST may create the lead twice, which costs the service but leaves
         * the measurement honest; re-sends are counted in the report.
         */
        private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            for (int attempt = 1; ; attempt++) {
                try {
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                    resent.incrementAndGet();
                }
            }
        }
    }

    /** The baseline: the two writes a lead needs, straight from this JVM, with no service in between. */
    private static final class RawPath implements AutoCloseable {

        private final KafkaProducer<String, byte[]> producer;
        private final RedisClient redisClient;
        private final StatefulRedisConnection<String, String> connection;
        private final RedisCommands<String, String> redis;

        RawPath(String bootstrapServers, int redisPort) {
            producer = new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            bootstrapServers,
                            ProducerConfig.ACKS_CONFIG,
                            "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                            true,
                            // As the services that answer after the ack: no batching delay per record.
                            ProducerConfig.LINGER_MS_CONFIG,
                            0),
                    new StringSerializer(),
                    new ByteArraySerializer());
            redisClient = RedisClient.create(RedisURI.create("127.0.0.1", redisPort));
            // One connection, as a Spring service shares one: Lettuce pipelines the threads' commands on it.
            connection = redisClient.connect();
            redis = connection.sync();
        }

        void lead(long sequence) throws Exception {
            String id = UUID.randomUUID().toString();
            Instant now = Instant.now();
            Future<RecordMetadata> sent = producer.send(
                    new ProducerRecord<>(SCRATCH_TOPIC, id, json(sequence).getBytes(StandardCharsets.UTF_8)));
            String key = "bench:lead:" + id;
            redis.hset(
                    key,
                    Map.of(
                            "id", id,
                            "name", name(sequence),
                            "phone", phone(sequence),
                            "createdAt", now.toString()));
            redis.zadd("bench:leads:by-created", now.toEpochMilli(), id);
            sent.get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            producer.close(Duration.ofSeconds(5));
            connection.close();
            redisClient.shutdown();
        }
    }

    private static void createScratchTopic(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(SCRATCH_TOPIC, SCRATCH_PARTITIONS, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("interrupted while creating " + SCRATCH_TOPIC);
        } catch (Exception e) {
            throw new BenchmarkFailure("could not create " + SCRATCH_TOPIC + ": " + e);
        }
    }

    private String markdown(
            MachineFacts machine, List<LeadsLoop.Run> runs, long polls, long resent, Histogram accepted) {
        LeadsLoop.Run baseline = LeadsLoop.Run.best(runs, BASELINE);
        LeadsLoop.Run subject = LeadsLoop.Run.best(runs, SUBJECT);
        long subjectDone = runs.stream()
                .filter(run -> run.target().equals(SUBJECT))
                .mapToLong(LeadsLoop.Run::done)
                .sum();
        var text = new StringBuilder();
        text.append("# Leads: REST create until visible vs raw Kafka + Redis\n\n");
        text.append(line(
                "%d leads in flight (closed loop, virtual threads), %s warm-up + %s measured per run, %d rounds; "
                        + "the better run of each counts.",
                settings.concurrency(),
                BenchSettings.text(settings.warmup()),
                BenchSettings.text(settings.duration()),
                settings.rounds()));
        text.append('\n');
        text.append("| | leads | throughput (leads/s) | p50 (ms) | p99 (ms) | p99.9 (ms) |\n");
        text.append("|---|---:|---:|---:|---:|---:|\n");
        text.append(baseline.figures().markdownRow("raw: Kafka acks=all + Redis HSET/ZADD (baseline)"));
        text.append(subject.figures().markdownRow("POST /api/leads → GET 200 through the gateway"));
        text.append(line(
                "| **subject / baseline** | | **%.4f×** | **%.2f×** | **%.2f×** | |",
                subject.figures().throughput() / baseline.figures().throughput(),
                subject.figures().p50Millis() / baseline.figures().p50Millis(),
                subject.figures().p99Millis() / baseline.figures().p99Millis()));
        if (runs.size() > 2) {
            text.append("\nEvery run:\n\n| target | leads | throughput (leads/s) | p50 (ms) | p99 (ms) |\n");
            text.append("|---|---:|---:|---:|---:|\n");
            runs.forEach(run -> text.append(run.markdownRow()));
        }
        text.append(line(
                "\nSubject: %,d leads created and read back (warm-up included), %.2f GETs per lead "
                        + "(%s pause between polls), %d requests re-sent after a lost answer.",
                subjectDone,
                subjectDone == 0 ? 0.0 : (double) polls / subjectDone,
                BenchSettings.text(POLL_PAUSE),
                resent));
        text.append(line(
                "Of that, the POST alone (202 accepted, warm-up included): p50 %.2f ms, p99 %.2f ms.",
                accepted.getValueAtPercentile(50.0) / 1e6, accepted.getValueAtPercentile(99.0) / 1e6));
        text.append('\n').append(machine.markdown());
        return text.toString();
    }

    /**
     * The gateway allows an API key 120 requests a minute, far below what the benchmark sends. The
     * launcher runs every service in the work directory, and Spring Boot reads {@code config/} there,
     * so this lifts the limit for this stack only; the limiter's Redis round trip still happens.
     */
    private static void liftRateLimit(Path work) throws IOException {
        Path config = work.resolve("config/application.properties");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "targetbot.gateway.rate-limit.per-key=" + Integer.MAX_VALUE + "\n");
    }
}
