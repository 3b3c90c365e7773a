package com.targetbot.events;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * A Kafka topic of the contract.
 *
 * @param name stable topic name, {@code <domain>.<kind>}
 * @param key what the record key holds, for consumers and for the AsyncAPI document
 * @param description one line on what flows through the topic
 * @param retention how long records stay; {@link #FOREVER} for a topic that state is rebuilt from
 * @param compacted whether Kafka keeps only the newest record of each key ({@code cleanup.policy=compact})
 */
public record Topic(String name, String key, String description, Duration retention, boolean compacted) {

    /** Suffix of the dead-letter topic that receives records a consumer could not process. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    /** Kafka's own default, for topics whose records matter only until they are consumed. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

    /** Records that no consumer could process wait a month for someone to look at them. */
    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);

    public static final Duration FOREVER = ChronoUnit.FOREVER.getDuration();

    public Topic(String name, String key, String description) {
        this(name, key, description, DEFAULT_RETENTION);
    }

    public Topic(String name, String key, String description, Duration retention) {
        this(name, key, description, retention, false);
    }

    /** A topic that keeps the newest record of each key forever: state rebuilt from it sees each key's last word. */
    public static Topic compacted(String name, String key, String description) {
        return new Topic(name, key, description, FOREVER, true);
    }

    /** The topic's {@code cleanup.policy} setting. */
    public String cleanupPolicy() {
        return compacted ? "compact" : "delete";
    }

    public String deadLetterName() {
        return name + DEAD_LETTER_SUFFIX;
    }

    /** The topic's {@code retention.ms} setting: {@code -1} when records are kept forever. */
    public String retentionMs() {
        return retentionMs(retention);
    }

    /** The dead-letter twin's {@code retention.ms} setting. */
    public static String deadLetterRetentionMs() {
        return retentionMs(DEAD_LETTER_RETENTION);
    }

    private static String retentionMs(Duration retention) {
        return retention.equals(FOREVER) ? "-1" : Long.toString(retention.toMillis());
    }
}
