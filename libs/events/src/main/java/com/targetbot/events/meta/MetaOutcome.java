package com.targetbot.events.meta;

import com.targetbot.events.Event;

/**
 * Everything published on {@code meta.events}: outcomes of synchronisations and of the token's checks. A
 * consumer of the topic switches over this type, so a new kind is a compile error where it is unhandled.
 */
public sealed interface MetaOutcome extends Event permits MetaEvent, MetaTokenEvent, MetaStructureEvent {}
