package com.targetbot.events;

/**
 * A fact or a command carried over Kafka. Every concrete event is a record permitted by one sealed
 * domain interface (for example {@code LeadEvent}); the {@link EventTypes} registry maps it to its
 * versioned CloudEvents type and its topic.
 */
public interface Event {

    /**
     * The partition key, also written as {@code ce_subject}: events with the same key stay in order.
     */
    String key();
}
