/**
 * The TargetBot event contract: CloudEvents 1.0 in Kafka binary mode, records behind sealed interfaces,
 * one registry ({@link com.targetbot.events.EventTypes}) and one topic catalog ({@link com.targetbot.events.Topics}).
 */
@NullMarked
package com.targetbot.events;

import org.jspecify.annotations.NullMarked;
