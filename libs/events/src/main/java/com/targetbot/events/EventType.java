package com.targetbot.events;

/**
 * One entry of the registry: a versioned CloudEvents type name bound to its record and its topic.
 *
 * @param name {@code com.targetbot.<domain>.<fact>.v<N>}
 * @param javaType the record that carries the data
 * @param topic where events of this type are published
 */
public record EventType<E extends Event>(String name, Class<E> javaType, Topic topic) {}
