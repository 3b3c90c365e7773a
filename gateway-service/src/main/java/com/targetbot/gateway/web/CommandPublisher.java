package com.targetbot.gateway.web;

import com.targetbot.events.Event;
import com.targetbot.kit.kafka.EventPublisher;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Hands an event to Kafka and completes when the broker has acknowledged it (acks=all), so a client
 * is answered only for writes that are durable.
 */
@Component
public class CommandPublisher {

    private final EventPublisher publisher;

    CommandPublisher(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public Mono<Void> publish(Event event) {
        // KafkaTemplate.send may block while it fetches topic metadata: keep that off the event loop.
        return Mono.fromFuture(() -> publisher.publish(event))
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }
}
