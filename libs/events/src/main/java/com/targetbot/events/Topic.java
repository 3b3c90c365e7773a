package com.targetbot.events;

/**
 * A Kafka topic of the contract.
 *
 * @param name stable topic name, {@code <domain>.<kind>}
 * @param key what the record key holds, for consumers and for the AsyncAPI document
 * @param description one line on what flows through the topic
 */
public record Topic(String name, String key, String description) {

    /** Suffix of the dead-letter topic that receives records a consumer could not process. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public String deadLetterName() {
        return name + DEAD_LETTER_SUFFIX;
    }
}
