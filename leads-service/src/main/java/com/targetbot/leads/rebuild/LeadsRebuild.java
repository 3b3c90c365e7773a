package com.targetbot.leads.rebuild;

import com.targetbot.events.Envelope;
import com.targetbot.events.Topics;
import com.targetbot.events.leads.LeadEvent;
import com.targetbot.leads.store.LeadWrites;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the leads' Redis state from {@code leads.events}: empties the service's keyspace, then replays the
 * topic from its beginning up to the end it had when the rebuild started, applying each event exactly as the
 * live path does ({@link LeadWrites#apply}). The consumer is assigned the partitions directly, so it
 * joins no group and commits nothing: the service's own consumer group is untouched.
 */
@Component
public class LeadsRebuild {

    private static final Logger log = LoggerFactory.getLogger(LeadsRebuild.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final LeadWrites leads;
    private final ConsumerFactory<?, ?> consumers;

    LeadsRebuild(LeadWrites leads, ConsumerFactory<?, ?> consumers) {
        this.leads = leads;
        this.consumers = consumers;
    }

    /**
     * @param erased keys deleted before the replay
     * @param replayed events read from the topic
     * @param skipped events that did not apply (unreadable, or about a lead already gone)
     */
    public record Result(long erased, long replayed, long skipped) {}

    public Result rebuild() {
        long erased = leads.eraseAll();
        long replayed = 0;
        long skipped = 0;
        var overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (Consumer<?, ?> consumer = consumers.createConsumer(null, "leads-rebuild", null, overrides)) {
            String topic = Topics.LEADS_EVENTS.name();
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // The end as of now: events appended during the rebuild belong to the live consumer.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!reached(consumer, end)) {
                for (ConsumerRecord<?, ?> record : consumer.poll(POLL)) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    replayed++;
                    if (!(record.value() instanceof Envelope<?> envelope
                            && envelope.data() instanceof LeadEvent event
                            && leads.apply(event))) {
                        skipped++;
                    }
                }
            }
        }
        var result = new Result(erased, replayed, skipped);
        log.info("Rebuilt leads from {}: {}", Topics.LEADS_EVENTS.name(), result);
        return result;
    }

    private static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(entry -> consumer.position(entry.getKey()) >= entry.getValue());
    }
}
