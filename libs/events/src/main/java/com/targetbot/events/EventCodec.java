package com.targetbot.events;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON form of event data. Readers ignore unknown properties, so producers may add optional fields
 * without a new type version; a retired version ({@link EventTypes#retired()}) is read and upcast to the
 * current record.
 */
public final class EventCodec {

    private final JsonMapper mapper;

    public EventCodec() {
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public byte[] write(Event event) {
        return mapper.writeValueAsBytes(event);
    }

    /**
     * Reads the data of an event of the given type.
     *
     * @throws MalformedEventException when the type is unknown or the JSON does not fit the record
     */
    public Event read(String typeName, byte[] json) {
        Optional<RetiredEventType> retired = EventTypes.retired(typeName);
        try {
            if (retired.isPresent()) {
                return mapper.readValue(json, retired.get().wireType()).upcast();
            }
            return mapper.readValue(json, EventTypes.byName(typeName).javaType());
        } catch (JacksonException e) {
            throw new MalformedEventException("data of " + typeName + " does not parse: " + e.getOriginalMessage(), e);
        } catch (NullPointerException e) {
            // A retired form checks nothing itself; the current record it becomes refuses what is missing.
            throw new MalformedEventException("data of " + typeName + " lacks " + e.getMessage(), e);
        }
    }
}
