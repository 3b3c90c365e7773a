package com.targetbot.bench;

import com.targetbot.events.CloudEventDeserializer;
import com.targetbot.events.Envelope;
import com.targetbot.events.Topics;
import com.targetbot.events.telegram.TelegramUpdateReceived;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code telegram.updates} from the beginning and proves that the gateway's 200 meant what it
 * says: every update it accepted is on the topic, once, and nothing else is. A re-sent update (see
 * {@link ClosedLoop}) may be there twice, as with Telegram; consumers deduplicate by update id.
 */
final class DeliveryCheck {

    private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    private DeliveryCheck() {}

    /**
     * @param gatewayRuns clean runs, so each accepted exactly the update ids of its range
     * @return one line for the report
     */
    static String verify(String bootstrapServers, List<LoadRun> gatewayRuns) {
        long accepted = gatewayRuns.stream().mapToLong(LoadRun::answered).sum();
        Set<Long> resent = gatewayRuns.stream()
                .flatMap(run -> run.resentUpdateIds().stream())
                .collect(Collectors.toSet());
        BitSet seen = new BitSet();
        long records = 0;
        long redelivered = 0;
        long duplicates = 0;
        long strangers = 0;
        try (var consumer = new KafkaConsumer<>(
                properties(bootstrapServers), new StringDeserializer(), new CloudEventDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.TELEGRAM_UPDATES.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (!reachedEnd(consumer, ends)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new BenchmarkFailure("could not read telegram.updates to its end within " + READ_TIMEOUT);
                }
                for (ConsumerRecord<String, Envelope<?>> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    if (!(record.value().data() instanceof TelegramUpdateReceived update)
                            || gatewayRuns.stream().noneMatch(run -> sentBy(run, update.updateId()))) {
                        strangers++;
                    } else if (seen.get(Math.toIntExact(update.updateId()))) {
                        if (resent.contains(update.updateId())) {
                            redelivered++;
                        } else {
                            duplicates++;
                        }
                    } else {
                        seen.set(Math.toIntExact(update.updateId()));
                    }
                }
            }
        }
        long distinct = seen.cardinality();
        if (distinct != accepted || duplicates != 0 || strangers != 0) {
            throw new BenchmarkFailure(String.format(
                    "telegram.updates holds %d records (%d distinct updates of the runs, %d duplicates of updates "
                            + "sent once, %d not sent by the runs) but the gateway answered 200 to %d updates",
                    records, distinct, duplicates, strangers, accepted));
        }
        String twice = resent.isEmpty()
                ? "none is there twice"
                : String.format(
                        Locale.ROOT,
                        "none is there twice except %d of the %d re-sent ones (the first attempt had arrived)",
                        redelivered,
                        resent.size());
        return String.format(
                Locale.ROOT,
                "read back %,d records from `%s`: each of the %,d updates the gateway answered 200 "
                        + "(warm-up included) is there, none is missing, %s.",
                records,
                Topics.TELEGRAM_UPDATES.name(),
                accepted,
                twice);
    }

    private static boolean sentBy(LoadRun run, long updateId) {
        return updateId >= run.firstUpdateId() && updateId < run.endUpdateId();
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static Properties properties(String bootstrapServers) {
        var properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-delivery-check");
        return properties;
    }
}
