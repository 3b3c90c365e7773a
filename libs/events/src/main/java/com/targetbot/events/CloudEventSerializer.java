package com.targetbot.events;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/** Writes an {@link Envelope} in CloudEvents binary mode: attributes as headers, data as the JSON value. */
public final class CloudEventSerializer implements Serializer<Envelope<?>> {

    private final EventCodec codec = new EventCodec();

    @Override
    public byte[] serialize(String topic, Envelope<?> envelope) {
        throw new IllegalStateException("CloudEvents binary mode needs record headers");
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Envelope<?> envelope) {
        if (envelope == null) {
            return null;
        }
        // A dead-letter or replayed record already carries attributes: replace rather than duplicate them.
        for (String name : new String[] {
            CloudEventHeaders.ID,
            CloudEventHeaders.TYPE,
            CloudEventHeaders.SOURCE,
            CloudEventHeaders.SPEC_VERSION,
            CloudEventHeaders.TIME,
            CloudEventHeaders.SUBJECT,
            CloudEventHeaders.CONTENT_TYPE
        }) {
            headers.remove(name);
        }
        put(headers, CloudEventHeaders.ID, envelope.id().toString());
        put(headers, CloudEventHeaders.TYPE, envelope.type());
        put(headers, CloudEventHeaders.SOURCE, envelope.source().toString());
        put(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        put(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(envelope.time()));
        put(headers, CloudEventHeaders.SUBJECT, envelope.subject());
        put(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        // Kafka observation may already have injected the current trace context; it wins.
        if (envelope.traceparent() != null && headers.lastHeader(CloudEventHeaders.TRACEPARENT) == null) {
            put(headers, CloudEventHeaders.TRACEPARENT, envelope.traceparent());
        }
        return codec.write(envelope.data());
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
