package com.targetbot.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The service kit's Kafka settings for a module's test context: two partitions per contract topic (fewer to
 * create and assign on the JVM's one broker than the twelve sized for scale-out) and one quick retry before a
 * record is dead-lettered, so dead-letter tests take milliseconds. Put it on the module's test meta-annotation,
 * beside its {@code @SpringBootTest}, so every class of the module still shares one context.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(
        properties = {
            "targetbot.kafka.partitions=2",
            "targetbot.kafka.retry.attempts=1",
            "targetbot.kafka.retry.initial-interval=10ms"
        })
public @interface KafkaTestSettings {}
