package com.targetbot.kit.kafka;

import com.targetbot.events.Envelope;
import com.targetbot.events.Event;
import com.targetbot.events.EventType;
import com.targetbot.events.EventTypes;
import com.targetbot.events.Topics;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Fails the start of a service whose listener takes an event type that its topic never carries (say
 * {@code ReportEvent} on {@code leads.events}): such a listener would dead-letter every record it is sent.
 */
final class ListenerTopicCheck implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = AopUtils.getTargetClass(bean);
        if (!AnnotationUtils.isCandidateClass(type, KafkaListener.class)) {
            return bean;
        }
        MethodIntrospector.selectMethods(type, (MethodIntrospector.MetadataLookup<KafkaListener>)
                        method -> AnnotatedElementUtils.findMergedAnnotation(method, KafkaListener.class))
                .forEach(ListenerTopicCheck::check);
        return bean;
    }

    static void check(Method method, KafkaListener listener) {
        for (int i = 0; i < method.getParameterCount(); i++) {
            var parameter = new MethodParameter(method, i);
            Class<?> parameterType = parameter.getParameterType();
            if (parameterType != Envelope.class && !Event.class.isAssignableFrom(parameterType)) {
                continue;
            }
            Class<?> expected = TopicEventArgumentResolver.expectedType(parameter);
            for (String topic : listener.topics()) {
                Topics.ALL.stream()
                        .filter(known -> known.name().equals(topic))
                        .findFirst()
                        .filter(known -> EventTypes.on(known).stream()
                                .map(EventType::javaType)
                                .noneMatch(expected::isAssignableFrom))
                        .ifPresent(known -> {
                            throw new IllegalStateException(method + " takes " + expected.getSimpleName() + ", which "
                                    + topic + " never carries; it carries "
                                    + Arrays.toString(EventTypes.on(known).stream()
                                            .map(eventType ->
                                                    eventType.javaType().getSimpleName())
                                            .toArray()));
                        });
            }
        }
    }
}
