package com.targetbot.events;

/**
 * A retired type version that is still read, and upcast, but no longer written.
 *
 * @param name the retired {@code ce_type}
 * @param wireType the record its JSON reads into
 * @param current the type it becomes, which also gives its topic
 */
public record RetiredEventType(String name, Class<? extends RetiredVersion<?>> wireType, EventType<?> current) {}
