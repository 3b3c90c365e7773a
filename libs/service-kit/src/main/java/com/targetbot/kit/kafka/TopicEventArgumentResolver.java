package com.targetbot.kit.kafka;

import com.targetbot.events.Envelope;
import com.targetbot.events.Event;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Hands a listener its topic's events typed: a parameter {@code Envelope<LeadEvent>} or {@code LeadEvent}
 * receives the record only when its data is a {@code LeadEvent}. Any other record on the topic breaks the
 * contract and is rejected here, once for every listener, so it goes to the dead-letter topic with the
 * reason and the listener's {@code switch} over the sealed type stays exhaustive.
 */
final class TopicEventArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == Envelope.class || Event.class.isAssignableFrom(type);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, Message<?> message) {
        if (!(message.getPayload() instanceof Envelope<?> envelope)) {
            throw new RejectedEventException(
                    "not a CloudEvent: " + message.getPayload().getClass().getName());
        }
        Class<?> expected = expectedType(parameter);
        if (!expected.isInstance(envelope.data())) {
            throw new RejectedEventException(message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC) + " carries "
                    + expected.getSimpleName() + " only, got " + envelope.type());
        }
        return parameter.getParameterType() == Envelope.class ? envelope : envelope.data();
    }

    /** The event type a parameter asks for: its own type, or the envelope's type argument. */
    static Class<?> expectedType(MethodParameter parameter) {
        if (parameter.getParameterType() != Envelope.class) {
            return parameter.getParameterType();
        }
        Class<?> data =
                ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve();
        return data == null ? Event.class : data;
    }
}
