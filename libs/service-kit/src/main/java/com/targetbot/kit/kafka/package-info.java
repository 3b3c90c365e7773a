/**
 * Kafka wiring: an idempotent, acks=all producer of CloudEvents, listener containers that commit
 * after each processed record, bounded retries then {@code <topic>.dlt} with the failure reason,
 * and the contract's topics created at start-up.
 */
@NullMarked
package com.targetbot.kit.kafka;

import org.jspecify.annotations.NullMarked;
