package com.targetbot.bench;

import com.targetbot.stack.Component;
import com.targetbot.stack.LocalStack;
import com.targetbot.stack.StackConfig;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first sync of a large sandbox agency by the real meta-service, and the period query over what it stored.
 * Kafka, Redis, the sandbox (sized by {@code bench.*}) and meta-service run as separate processes started by the
 * local-stack launcher. meta-service's schedule starts the sync {@code bench.syncDelay} after start-up (there is no
 * on-demand trigger for the statistics sync); the sandbox's counters are reset before it begins. Reported: the Graph
 * calls the sync made against the fewest its data needs ({@link GraphCallFloor}); its wall time, from its first Graph
 * call until the insights projection has consumed the last record of {@code meta.insights}, against the time the
 * sandbox spent serving its calls; and {@code GET /meta/stats} against reading the same Redis hashes straight and
 * summing them.
 *
 * <p>System properties: {@code targetbot.root} (.), the agency's size ({@link MetaAgency#from}), {@code
 * bench.reportRunPolls} (0), {@code bench.appCallBudget} (1000000), {@code bench.syncDelay} (20s), {@code
 * bench.timeout} (10m), and for the queries {@code bench.warmup} (3s), {@code bench.duration} (10s), {@code
 * bench.concurrency} (4), {@code bench.rounds} (2).
 */
public final class MetaSyncBenchmark {

    private static final ZoneId ACCOUNT_ZONE = ZoneId.of("Europe/Moscow"); // every sandbox account's zone
    private static final String INSIGHTS_TOPIC = "meta.insights";
    private static final String PROJECTION_GROUP = "meta-service.insights";
    /** meta-service reads ranges longer than this through async report runs ({@code async-above-days}). */
    private static final int SYNCHRONOUS_DAYS = 7;

    private static final Duration POLL = Duration.ofMillis(50);

    private final BenchSettings settings;
    private final MetaAgency agency;
    private final int reportRunPolls;
    private final long appCallBudget;
    private final Duration syncDelay;
    private final Duration timeout;
    private final ControlCalls http = new ControlCalls();
    private final JsonMapper json = JsonMapper.builder().build();

    MetaSyncBenchmark(Properties properties) {
        BenchSettings shared = BenchSettings.from(properties);
        this.settings = new BenchSettings(
                shared.root(),
                BenchSettings.duration(properties.getProperty("bench.warmup", "3s")),
                BenchSettings.duration(properties.getProperty("bench.duration", "10s")),
                Integer.parseInt(properties.getProperty("bench.concurrency", "4")),
                shared.rounds());
        this.agency = MetaAgency.from(properties);
        this.reportRunPolls = Integer.parseInt(properties.getProperty("bench.reportRunPolls", "0"));
        this.appCallBudget = Long.parseLong(properties.getProperty("bench.appCallBudget", "1000000"));
        this.syncDelay = BenchSettings.duration(properties.getProperty("bench.syncDelay", "20s"));
        this.timeout = BenchSettings.duration(properties.getProperty("bench.timeout", "10m"));
    }

    public static void main(String[] args) {
        Benchmarks.report(
                () -> new MetaSyncBenchmark(System.getProperties()).run().markdown());
    }

    @SuppressWarnings("java:S106")
    MetaSyncReport run() {
        Path work = settings.root().resolve("bench/target/meta-sync");
        Path output = settings.root().resolve("bench/target/meta-sync.md");
        return Benchmarks.inWorkDirectory(work, () -> {
            configure(work);
            System.out.printf(
                    "Starting Kafka, Redis, the sandbox (%d ad accounts, %,d ads) and meta-service (logs in %s)%n",
                    agency.accounts().size(), agency.totalAds(), work.resolve("logs"));
            LocalStack stack = LocalStack.start(
                    StackConfig.ephemeral(settings.root(), work),
                    line -> System.out.println("  " + line),
                    EnumSet.of(Component.KAFKA, Component.REDIS, Component.SANDBOX, Component.META));
            String sandbox = stack.config().url("sandbox");
            // Start-up's own calls (token vetting and watch, Lead Ads reconciliation) are not the sync's.
            http.send(HttpRequest.newBuilder(URI.create(sandbox + "/sandbox/graph/calls"))
                    .DELETE()
                    .build());
            MachineFacts machine = MachineFacts.current();
            try (var redis = new Store(stack.config().port("redis"));
                    Admin kafka = Admin.create(Map.of(
                            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                            "127.0.0.1:" + stack.config().port("kafka")))) {
                System.out.println("Waiting for meta-service's scheduled sync (" + BenchSettings.text(syncDelay)
                        + " after its start)");
                Instant end = awaitSynced(redis, kafka);
                MetaSyncReport.Sync sync = sync(sandbox, redis, end);
                System.out.printf(
                        "  synced: %,d Graph calls (minimum %,d) in %.1f s, sandbox busy %.1f s%n",
                        sync.callsMade(),
                        sync.callsMinimum(),
                        sync.wall().toMillis() / 1000.0,
                        sync.servingBusy().toMillis() / 1000.0);
                List<StatsQuery> queries = queries();
                URI meta = URI.create(stack.config().url("meta-service"));
                for (StatsQuery query : queries) {
                    checkSameTotals(query, meta, redis);
                }
                List<LeadsLoop.Run> runs = load(queries, meta, redis);
                var report = new MetaSyncReport(agency, machine, sync, settings, queries.size(), runs);
                Benchmarks.write(output, report.markdown());
                return report;
            }
        });
    }

    /**
     * The launcher runs every process in the work directory, where Spring Boot reads {@code config/}: the sandbox's
     * agency and limits, and one scheduled sync of meta-service, its first, with nothing else scheduled meanwhile.
     */
    private void configure(Path work) throws IOException {
        Path config = Files.createDirectories(work.resolve("config"));
        Files.writeString(
                config.resolve("sandbox.properties"),
                agency.sandboxProperties()
                        + "targetbot.sandbox.graph.agency.report-run-polls=" + reportRunPolls + "\n"
                        // Rate limits would pace the sync by the sandbox's budgets instead of its own work.
                        + "targetbot.sandbox.graph.hourly-call-budget=" + appCallBudget + "\n"
                        + "targetbot.sandbox.graph.agency.account-hourly-call-budget=" + appCallBudget + "\n");
        Files.writeString(
                config.resolve("application.properties"),
                "targetbot.meta.sync.schedule.first-run-after=" + syncDelay.toMillis() + "ms\n"
                        + "targetbot.meta.sync.schedule.recent-interval=24h\n"
                        + "targetbot.meta.sync.schedule.backfill-days=" + agency.days() + "\n"
                        + "targetbot.meta.leadgen.reconcile-interval=24h\n");
    }

    /**
     * Until every account's sync is recorded and the projection has consumed {@code meta.insights} to its end; the
     * moment that is seen is the end of the sync.
     */
    private Instant awaitSynced(Store redis, Admin kafka) {
        Instant deadline = Instant.now().plus(syncDelay).plus(timeout);
        int lastSynced = -1;
        while (Instant.now().isBefore(deadline)) {
            int synced = 0;
            for (MetaAgency.Account account : agency.accounts()) {
                Map<String, String> state = redis.hash("meta:sync:account:" + account.id());
                if ("failed".equals(state.get("status"))) {
                    throw new BenchmarkFailure("the sync of " + account.id() + " failed at " + state.get("failedStep")
                            + ": " + state.get("failure"));
                }
                synced += "true".equals(state.get("backfilled")) ? 1 : 0;
            }
            if (synced != lastSynced) {
                System.out.printf(
                        "  %d of %d ad accounts synced%n",
                        synced, agency.accounts().size());
                lastSynced = synced;
            }
            if (synced == agency.accounts().size() && projected(kafka)) {
                return Instant.now();
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        throw new BenchmarkFailure("the sync did not finish within " + BenchSettings.text(timeout)
                + " (meta-service log: bench/target/meta-sync/logs/meta-service.log)");
    }

    /** Whether the projection's committed offsets have reached the end of every partition of meta.insights. */
    private static boolean projected(Admin kafka) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets(PROJECTION_GROUP)
                    .partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS);
            var partitions = kafka.describeTopics(List.of(INSIGHTS_TOPIC))
                    .allTopicNames()
                    .get(10, TimeUnit.SECONDS)
                    .get(INSIGHTS_TOPIC)
                    .partitions();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(new TopicPartition(INSIGHTS_TOPIC, p.partition()), OffsetSpec.latest()));
            var ends = kafka.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            return ends.entrySet().stream().allMatch(end -> {
                OffsetAndMetadata offset = committed.get(end.getKey());
                return end.getValue().offset() == 0
                        || (offset != null && offset.offset() >= end.getValue().offset());
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("interrupted while reading the projection's offsets");
        } catch (Exception e) {
            throw new BenchmarkFailure("could not read the offsets of " + INSIGHTS_TOPIC + ": " + e);
        }
    }

    /** The sandbox's account of the sync's calls and time, and the rows the store holds. */
    private MetaSyncReport.Sync sync(String sandbox, Store redis, Instant end) {
        JsonNode calls = json.readTree(http.get(sandbox + "/sandbox/graph/calls"));
        Map<String, Long> made = new LinkedHashMap<>();
        calls.get("byShape").properties().forEach(entry -> {
            String kind = GraphCallFloor.kindOf(entry.getKey());
            if (kind == null) {
                throw new BenchmarkFailure("a call that is no part of the sync reached the sandbox during it ("
                        + entry.getKey() + "), so its timing cannot be told apart: " + calls.get("byShape"));
            }
            made.merge(kind, entry.getValue().asLong(), Long::sum);
        });
        if (made.getOrDefault(GraphCallFloor.KINDS.getFirst(), 0L) == 0) {
            throw new BenchmarkFailure(
                    "the sync began before the sandbox's counters were reset: raise bench.syncDelay");
        }
        if (calls.get("throttled").asLong() > 0) {
            throw new BenchmarkFailure("the sandbox throttled " + calls.get("throttled") + " calls");
        }
        JsonNode serving = calls.get("serving");
        Instant first = Instant.parse(serving.get("firstStartedAt").asString());
        Instant last = Instant.parse(serving.get("lastFinishedAt").asString());
        List<GraphCallFloor.AccountData> data = new ArrayList<>();
        Map<String, Long> rowsByLevel = new LinkedHashMap<>();
        for (MetaAgency.Account account : agency.accounts()) {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String level : GraphCallFloor.LEVELS) {
                rows.put(level, redis.fields(dayKeys(level, List.of(account.id()), window())));
                rowsByLevel.merge(level, rows.get(level), Long::sum);
            }
            long adSets = (long) account.campaigns() * agency.adSetsPerCampaign();
            data.add(new GraphCallFloor.AccountData(
                    account.id(),
                    account.campaigns(),
                    adSets,
                    (long) account.campaigns() * agency.adsPerCampaign(),
                    rows));
        }
        return new MetaSyncReport.Sync(
                Duration.between(first, end),
                Duration.between(first, last),
                millis(serving.get("busyMillis").asDouble()),
                millis(serving.get("totalMillis").asDouble()),
                made,
                GraphCallFloor.minimum(data, agency.days() > SYNCHRONOUS_DAYS),
                rowsByLevel,
                (long) agency.accounts().size() * GraphCallFloor.LEVELS.size() * agency.days());
    }

    /** The backfilled days, as meta-service counts them in the accounts' zone. */
    private List<LocalDate> window() {
        LocalDate today = LocalDate.now(ACCOUNT_ZONE);
        return today.minusDays(agency.days() - 1L).datesUntil(today.plusDays(1)).toList();
    }

    /** Every level over the last week, the last 30 days and the whole window; all accounts, and the first one alone. */
    private List<StatsQuery> queries() {
        List<LocalDate> window = window();
        LocalDate today = window.getLast();
        List<StatsQuery> queries = new ArrayList<>();
        for (String level : GraphCallFloor.LEVELS) {
            for (LocalDate from : List.of(today.minusDays(6), today.minusDays(29), window.getFirst())) {
                LocalDate start = from.isBefore(window.getFirst()) ? window.getFirst() : from;
                queries.add(new StatsQuery(level, start, today, null));
                queries.add(new StatsQuery(
                        level, start, today, agency.accounts().getLast().id()));
            }
        }
        return queries;
    }

    /** Subject and baseline must agree before either is timed. */
    private void checkSameTotals(StatsQuery query, URI meta, Store redis) {
        JsonNode answer = json.readTree(http.get(meta.resolve(query.path()).toString()));
        long impressions = 0;
        BigDecimal spend = BigDecimal.ZERO;
        for (JsonNode total : answer.get("totals")) {
            impressions += total.get("impressions").asLong();
            spend = spend.add(new BigDecimal(total.get("spend").asString()));
        }
        Totals baseline = redis.sum(query);
        if (impressions != baseline.impressions() || spend.compareTo(baseline.spend()) != 0) {
            throw new BenchmarkFailure(query.path() + " totals " + impressions + " impressions / " + spend
                    + " spent, the store's hashes " + baseline);
        }
        if (baseline.impressions() == 0 && query.accountId() == null) {
            throw new BenchmarkFailure(query.path() + " found no statistics at all");
        }
    }

    @SuppressWarnings("java:S106")
    private List<LeadsLoop.Run> load(List<StatsQuery> queries, URI meta, Store redis) {
        var loop = new LeadsLoop(settings, new AtomicLong());
        List<LeadsLoop.Run> runs = new ArrayList<>();
        System.out.printf(
                "Period queries: %d in flight, %s warm-up + %s measured per run, %d rounds%n",
                settings.concurrency(),
                BenchSettings.text(settings.warmup()),
                BenchSettings.text(settings.duration()),
                settings.rounds());
        for (int round = 1; round <= settings.rounds(); round++) {
            runs.add(announce(loop.run(
                    MetaSyncReport.BASELINE, n -> redis.sum(queries.get((int) (n % queries.size()))))));
            runs.add(announce(loop.run(
                    MetaSyncReport.SUBJECT,
                    n -> http.get(
                            meta.resolve(queries.get((int) (n % queries.size())).path())
                                    .toString()))));
        }
        return runs;
    }

    @SuppressWarnings("java:S106")
    private static LeadsLoop.Run announce(LeadsLoop.Run run) {
        System.out.printf(
                Locale.ROOT,
                "  %-20s %,9d queries  %,9.0f q/s  p50 %6.2f ms  p99 %6.2f ms%n",
                run.target(),
                run.figures().requests(),
                run.figures().throughput(),
                run.figures().p50Millis(),
                run.figures().p99Millis());
        return run;
    }

    private static List<String> dayKeys(String level, List<String> accountIds, List<LocalDate> days) {
        List<String> keys = new ArrayList<>();
        for (String accountId : accountIds) {
            for (LocalDate day : days) {
                keys.add("meta:insights:" + level + ":" + accountId + ":" + day);
            }
        }
        return keys;
    }

    private static Duration millis(double millis) {
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }

    /** One period query: {@code accountId} {@code null} for every account. */
    record StatsQuery(
            String level,
            LocalDate from,
            LocalDate to,
            @org.jspecify.annotations.Nullable String accountId) {

        String path() {
            return "/meta/stats?from=" + from + "&to=" + to + "&level=" + level
                    + (accountId == null ? "" : "&accountId=" + accountId);
        }
    }

    /** Sums over a period's hashes: what the baseline computes, kept for the agreement check. */
    record Totals(BigDecimal spend, long impressions, long objects) {}

    /**
     * The baseline's reads, over one Lettuce connection as meta-service shares one: the same hashes {@code
     * InsightsStore} reads for a period (the accounts hash, then every account-day of the level, pipelined), summed
     * per object.
     */
    private static final class Store implements AutoCloseable {

        private final RedisClient client;
        private final StatefulRedisConnection<String, String> connection;
        private final RedisAsyncCommands<String, String> redis;

        Store(int port) {
            client = RedisClient.create(RedisURI.create("127.0.0.1", port));
            connection = client.connect();
            redis = connection.async();
        }

        Map<String, String> hash(String key) {
            return await(redis.hgetall(key));
        }

        /** Fields in all the hashes: insights rows. */
        long fields(List<String> keys) {
            List<RedisFuture<Long>> lengths = keys.stream().map(redis::hlen).toList();
            long fields = 0;
            for (RedisFuture<Long> length : lengths) {
                fields += await(length);
            }
            return fields;
        }

        Totals sum(StatsQuery query) {
            Map<String, String> accounts = await(redis.hgetall("meta:insights:accounts"));
            List<String> accountIds = query.accountId() == null
                    ? List.copyOf(new TreeSet<>(accounts.keySet()))
                    : accounts.containsKey(query.accountId()) ? List.of(query.accountId()) : List.of();
            List<RedisFuture<Map<String, String>>> days =
                    dayKeys(
                                    query.level(),
                                    accountIds,
                                    query.from()
                                            .datesUntil(query.to().plusDays(1))
                                            .toList())
                            .stream()
                            .map(redis::hgetall)
                            .toList();
            Map<String, long[]> counts = new HashMap<>();
            Map<String, BigDecimal> spend = new HashMap<>();
            for (RedisFuture<Map<String, String>> day : days) {
                await(day).forEach((id, packed) -> {
                    String[] parts = packed.split("\\|");
                    spend.merge(id, new BigDecimal(parts[0]), BigDecimal::add);
                    long[] sums = counts.computeIfAbsent(id, k -> new long[5]);
                    for (int i = 0; i < sums.length; i++) {
                        sums[i] += Long.parseLong(parts[i + 1]);
                    }
                });
            }
            return new Totals(
                    spend.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                    counts.values().stream().mapToLong(sums -> sums[0]).sum(),
                    counts.size());
        }

        private static <T> T await(RedisFuture<T> future) {
            try {
                return future.get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchmarkFailure("interrupted while reading Redis");
            } catch (Exception e) {
                throw new BenchmarkFailure("reading Redis failed: " + e);
            }
        }

        @Override
        public void close() {
            connection.close();
            client.shutdown();
        }
    }
}
