package com.targetbot.kit.kafka;

import com.targetbot.events.Envelope;
import com.targetbot.events.Event;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/** Publishes events as CloudEvents on their contract topic, keyed by the event's partition key. */
public class EventPublisher {

    private final KafkaTemplate<Object, Object> template;
    private final String serviceName;

    public EventPublisher(KafkaTemplate<Object, Object> template, String serviceName) {
        this.template = template;
        this.serviceName = serviceName;
    }

    /** Wraps the event in a fresh envelope from this service and publishes it. */
    public CompletableFuture<SendResult<Object, Object>> publish(Event event) {
        return publish(Envelope.wrap(event, serviceName));
    }

    /**
     * Publishes an envelope; the future completes once the broker has acknowledged it on all in-sync
     * replicas (acks=all), which is when a caller may answer its own client.
     */
    public CompletableFuture<SendResult<Object, Object>> publish(Envelope<?> envelope) {
        return template.send(new ProducerRecord<>(envelope.topic().name(), envelope.subject(), envelope));
    }
}
