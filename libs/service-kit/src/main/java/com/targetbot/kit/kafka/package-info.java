/**
 * Kafka wiring: an idempotent, acks=all producer of CloudEvents, listener containers that commit
 * after each processed record, bounded retries then {@code <topic>.dlt} with the failure reason,
 * and the contract's topics created at start-up.
 *
 * <p>A listener names its topic by the catalog's constant ({@code Topics.LEADS_EVENTS_NAME}), its group
 * {@code ${spring.application.name}.<purpose>}, says in one line of comment how it is idempotent, and
 * takes the topic's sealed event type, alone or in its envelope ({@code Envelope<LeadEvent>}): the kit
 * checks the type once and dead-letters a record of any other type, so the listener's {@code switch} over
 * the sealed type is exhaustive and a new event type does not compile until it is handled or listed as
 * ignored. A listener taking a type its topic never carries fails the start.
 */
@NullMarked
package com.targetbot.kit.kafka;

import org.jspecify.annotations.NullMarked;
