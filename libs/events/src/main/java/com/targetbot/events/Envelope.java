package com.targetbot.events;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The CloudEvents 1.0 attributes around one event, as carried in Kafka binary mode.
 *
 * @param id producer-chosen unique id ({@code ce_id}); consumers deduplicate by it
 * @param type versioned type ({@code ce_type}), e.g. {@code com.targetbot.lead.created.v1}
 * @param source producing service ({@code ce_source}), e.g. {@code /targetbot/leads-service}
 * @param time when the fact happened ({@code ce_time}), UTC
 * @param subject the entity the event is about ({@code ce_subject}), equal to the Kafka key
 * @param data the event record
 * @param traceparent W3C trace context of the producing request, when there is one
 */
public record Envelope<E extends Event>(
        UUID id,
        String type,
        URI source,
        Instant time,
        String subject,
        E data,
        @Nullable String traceparent) {

    public Envelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
    }

    /** Wraps an event produced now by the given service, with a fresh id. */
    public static <E extends Event> Envelope<E> wrap(E data, String serviceName) {
        return new Envelope<>(
                UUID.randomUUID(),
                EventTypes.typeOf(data).name(),
                URI.create("/targetbot/" + serviceName),
                Instant.now(),
                data.key(),
                data,
                null);
    }

    /** The same envelope carrying the given trace context. */
    public Envelope<E> withTraceparent(@Nullable String value) {
        return new Envelope<>(id, type, source, time, subject, data, value);
    }

    /** The topic this event belongs on. */
    public Topic topic() {
        return EventTypes.typeOf(data).topic();
    }
}
