package com.targetbot.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CloudEvents binary-mode record into an {@link Envelope}.
 *
 * <p>Throws {@link MalformedEventException} for records that break the contract; wrapped in Spring's
 * {@code ErrorHandlingDeserializer} such records go to the dead-letter topic with the reason.
 */
public final class CloudEventDeserializer implements Deserializer<Envelope<?>> {

    private final EventCodec codec = new EventCodec();

    @Override
    public Envelope<?> deserialize(String topic, byte[] data) {
        throw new MalformedEventException("CloudEvents binary mode needs record headers");
    }

    @Override
    public Envelope<?> deserialize(String topic, Headers headers, byte[] data) {
        if (data == null) {
            throw new MalformedEventException("record has no value");
        }
        String specVersion = required(headers, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_VALUE.equals(specVersion)) {
            throw new MalformedEventException("unsupported ce_specversion '" + specVersion + "'");
        }
        String type = required(headers, CloudEventHeaders.TYPE);
        try {
            return new Envelope<>(
                    UUID.fromString(required(headers, CloudEventHeaders.ID)),
                    type,
                    URI.create(required(headers, CloudEventHeaders.SOURCE)),
                    Instant.parse(required(headers, CloudEventHeaders.TIME)),
                    required(headers, CloudEventHeaders.SUBJECT),
                    codec.read(type, data),
                    optional(headers, CloudEventHeaders.TRACEPARENT));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedEventException("bad CloudEvents attribute: " + e.getMessage(), e);
        }
    }

    private static String required(Headers headers, String name) {
        String value = optional(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing header " + name);
        }
        return value;
    }

    private static @Nullable String optional(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
