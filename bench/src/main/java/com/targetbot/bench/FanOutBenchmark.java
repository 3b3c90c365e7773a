package com.targetbot.bench;

import com.targetbot.events.CloudEventSerializer;
import com.targetbot.events.Envelope;
import com.targetbot.events.Topics;
import com.targetbot.events.telegram.SendTelegramMessage;
import com.targetbot.stack.Component;
import com.targetbot.stack.LocalStack;
import com.targetbot.stack.StackConfig;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Telegram fan-out: how close telegram-service gets to Telegram's flood limits without crossing them.
 * Many {@code SendTelegramMessage} commands for many chats, plus a burst to one chat, are published to
 * {@code telegram.outbound} at once; the real telegram-service sends them to the sandbox's Bot API with
 * flood limits enforced (30 messages a second in all, one a second per private chat, 429 beyond). The
 * baseline is the limit itself: the achieved rate as a share of 30 msg/s, the number of 429s and the
 * burst chat's gaps between sends.
 *
 * <p>System properties: {@code targetbot.root} (default {@code .}), {@code bench.messages} (600),
 * {@code bench.chats} (300), {@code bench.burst} (10), {@code bench.timeout} (120s).
 */
public final class FanOutBenchmark {

    /** Telegram's published limit for one bot across all chats, enforced by the sandbox. */
    static final int ALLOWED_RATE = 30;

    // Private chats (positive ids) that nothing else in a fresh stack writes to.
    private static final long FIRST_CHAT = 710_000_000L;
    private static final String TEXT_PREFIX = "bench fan-out #";
    private static final Duration POLL = Duration.ofMillis(200);

    private final Path root;
    private final int messages;
    private final int chats;
    private final int burst;
    private final Duration timeout;
    private final ControlCalls http = new ControlCalls();
    private final JsonMapper json = JsonMapper.builder().build();

    FanOutBenchmark(Properties properties) {
        this.root = Path.of(properties.getProperty("targetbot.root", "."))
                .toAbsolutePath()
                .normalize();
        this.messages = Integer.parseInt(properties.getProperty("bench.messages", "600"));
        this.chats = Integer.parseInt(properties.getProperty("bench.chats", "300"));
        this.burst = Integer.parseInt(properties.getProperty("bench.burst", "10"));
        this.timeout = BenchSettings.duration(properties.getProperty("bench.timeout", "120s"));
        if (messages < 1 || chats < 1 || burst < 2) {
            throw new IllegalArgumentException("bench.messages and bench.chats must be >= 1, bench.burst >= 2");
        }
    }

    public static void main(String[] args) {
        Benchmarks.report(
                () -> new FanOutBenchmark(System.getProperties()).run().markdown());
    }

    @SuppressWarnings("java:S106")
    FanOutReport run() {
        Path work = root.resolve("bench/target/fan-out");
        Path output = root.resolve("bench/target/fan-out.md");
        return Benchmarks.inWorkDirectory(work, () -> {
            System.out.println(
                    "Starting Kafka, Redis, the sandbox and telegram-service (logs in " + work.resolve("logs") + ")");
            LocalStack stack = LocalStack.start(
                    StackConfig.ephemeral(root, work),
                    line -> System.out.println("  " + line),
                    EnumSet.of(Component.KAFKA, Component.REDIS, Component.SANDBOX, Component.TELEGRAM));
            String sandbox = stack.config().url("sandbox");
            enforceRateLimits(sandbox);
            MachineFacts machine = MachineFacts.current();

            List<SendTelegramMessage> commands = commands();
            System.out.printf("Publishing %d messages over %d chats plus %d to one chat%n", messages, chats, burst);
            Map<String, Instant> published;
            try (var producer = producer("127.0.0.1:" + stack.config().port("kafka"))) {
                // Metadata first, so the clock starts with the first record rather than a broker lookup.
                producer.partitionsFor(Topics.TELEGRAM_OUTBOUND.name());
                published = publish(producer, commands);
            }
            List<Sent> sent = awaitAll(sandbox, published);
            long rateLimited = json.readTree(http.get(sandbox + "/sandbox/telegram/stats"))
                    .get("rateLimited")
                    .asLong();
            var report = new FanOutReport(machine, messages, chats, burst, published, sent, burstChat(), rateLimited);
            Benchmarks.write(output, report.markdown());
            return report;
        });
    }

    /** The burst goes first, so its per-chat spacing is measured while the fan-out competes for the overall limit. */
    private List<SendTelegramMessage> commands() {
        List<SendTelegramMessage> commands = new ArrayList<>(burst + messages);
        int sequence = 0;
        for (int i = 0; i < burst; i++) {
            commands.add(new SendTelegramMessage(burstChat(), TEXT_PREFIX + sequence++, false));
        }
        for (int i = 0; i < messages; i++) {
            commands.add(new SendTelegramMessage(FIRST_CHAT + (i % chats), TEXT_PREFIX + sequence++, false));
        }
        return commands;
    }

    private long burstChat() {
        return FIRST_CHAT + chats;
    }

    private static KafkaProducer<String, Envelope<?>> producer(String bootstrap) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        // The idempotent producer met OUT_OF_ORDER_SEQUENCE_NUMBER from the ephemeral broker
                        // on its first batches; one request in flight keeps per-chat order without it.
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        false,
                        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                        1,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                        60_000),
                new StringSerializer(),
                new CloudEventSerializer());
    }

    /** Publish time of every message by its text; all sends are in flight together, then every ack is awaited. */
    private static Map<String, Instant> publish(
            KafkaProducer<String, Envelope<?>> producer, List<SendTelegramMessage> commands) {
        Map<String, Instant> published = new HashMap<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>(commands.size());
        for (SendTelegramMessage command : commands) {
            published.put(command.text(), Instant.now());
            acks.add(producer.send(new ProducerRecord<>(
                    Topics.TELEGRAM_OUTBOUND.name(), command.key(), Envelope.wrap(command, "bench"))));
        }
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
            } catch (ExecutionException e) {
                throw new BenchmarkFailure("publishing to telegram.outbound failed: " + e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchmarkFailure("interrupted while publishing");
            }
        }
        return published;
    }

    @SuppressWarnings("java:S106")
    private List<Sent> awaitAll(String sandbox, Map<String, Instant> published) {
        Instant deadline = Instant.now().plus(timeout);
        long lastCount = -1;
        while (true) {
            List<Sent> sent = recorded(sandbox, published);
            if (sent.size() != lastCount) {
                System.out.printf("  sandbox recorded %d of %d%n", sent.size(), published.size());
                lastCount = sent.size();
            }
            if (sent.size() >= published.size()) {
                checkExactlyOnce(sent, published);
                return sent;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new BenchmarkFailure("only " + sent.size() + " of " + published.size()
                        + " messages reached the sandbox within " + BenchSettings.text(timeout)
                        + " (telegram-service log: bench/target/fan-out/logs)");
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    /** The sandbox's record of this run's messages, in send order. */
    private List<Sent> recorded(String sandbox, Map<String, Instant> published) {
        List<Sent> sent = new ArrayList<>();
        for (JsonNode message : json.readTree(http.get(sandbox + "/sandbox/telegram/messages"))) {
            String text = message.path("text").asString("");
            if (published.containsKey(text)) {
                sent.add(new Sent(
                        message.get("chatId").asLong(),
                        text,
                        message.get("messageId").asInt(),
                        Instant.parse(message.get("sentAt").asString())));
            }
        }
        sent.sort(Comparator.comparing(Sent::sentAt).thenComparingInt(Sent::messageId));
        return sent;
    }

    private static void checkExactlyOnce(List<Sent> sent, Map<String, Instant> published) {
        long distinct = sent.stream().map(Sent::text).distinct().count();
        if (distinct != published.size() || sent.size() != published.size()) {
            throw new BenchmarkFailure("expected each of " + published.size() + " messages once, the sandbox holds "
                    + sent.size() + " (" + distinct + " distinct)");
        }
    }

    private void enforceRateLimits(String sandbox) {
        String answer = http.send(HttpRequest.newBuilder(URI.create(sandbox + "/sandbox/telegram/rate-limits"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enforce\":true}"))
                .build());
        if (!json.readTree(answer).path("enforce").asBoolean(false)) {
            throw new BenchmarkFailure("the sandbox did not switch its flood limits on: " + answer);
        }
    }

    /** One message as the sandbox recorded it. */
    record Sent(long chatId, String text, int messageId, Instant sentAt) {}
}
