package com.targetbot.kit.kafka;

import com.targetbot.events.CloudEventDeserializer;
import com.targetbot.events.CloudEventSerializer;
import com.targetbot.events.Envelope;
import com.targetbot.events.MalformedEventException;
import com.targetbot.events.Topic;
import com.targetbot.events.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

/** CloudEvents over Kafka for every service, with Boot's own factories customised rather than replaced. */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(KafkaKitProperties.class)
public class KafkaKitAutoConfiguration {

    /** Header of a dead-letter record that says, in one line, why it could not be processed. */
    public static final String DEAD_LETTER_REASON_HEADER = "targetbot_dlt-reason";

    @Bean
    DefaultKafkaProducerFactoryCustomizer cloudEventProducer(KafkaKitProperties properties) {
        return factory -> {
            factory.updateConfigs(Map.of(
                    ProducerConfig.ACKS_CONFIG,
                    "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                    true,
                    ProducerConfig.LINGER_MS_CONFIG,
                    (int) properties.linger().toMillis()));
            factory.setKeySerializerSupplier(() -> cast(new StringSerializer()));
            // Envelopes are written as CloudEvents; raw bytes are records forwarded as they were (dead letters).
            factory.setValueSerializerSupplier(() -> cast(new DelegatingByTypeSerializer(Map.of(
                    Envelope.class, new CloudEventSerializer(),
                    byte[].class, new ByteArraySerializer()))));
        };
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer cloudEventConsumer() {
        return factory -> {
            factory.updateConfigs(Map.of(
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                    false,
                    // A new consumer group starts from the beginning so nothing published before it is lost.
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                    "earliest"));
            factory.setKeyDeserializerSupplier(() -> cast(new StringDeserializer()));
            factory.setValueDeserializerSupplier(
                    () -> cast(new ErrorHandlingDeserializer<>(new CloudEventDeserializer())));
        };
    }

    @Bean
    EventPublisher eventPublisher(
            KafkaTemplate<Object, Object> kafkaTemplate, @Value("${spring.application.name}") String serviceName) {
        return new EventPublisher(kafkaTemplate, serviceName);
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<Object, Object> kafkaTemplate, KafkaKitProperties properties) {
        var recoverer = new DeadLetterPublishingRecoverer(
                kafkaTemplate,
                (record, exception) -> new TopicPartition(record.topic() + Topic.DEAD_LETTER_SUFFIX, -1));
        // Spring's own exception headers name the wrapper ("failed to deserialize"); operators need the root cause.
        recoverer.setHeadersFunction((record, exception) -> new RecordHeaders(new Header[] {
            new RecordHeader(
                    DEAD_LETTER_REASON_HEADER,
                    String.valueOf(NestedExceptionUtils.getMostSpecificCause(exception)
                                    .getMessage())
                            .getBytes(StandardCharsets.UTF_8))
        }));
        var backOff =
                new ExponentialBackOff(properties.retry().initialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(properties.retry().maxInterval().toMillis());
        backOff.setMaxAttempts(properties.retry().attempts());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class, RejectedEventException.class);
        return handler;
    }

    /**
     * Listener parameters typed by the topic's sealed event type ({@code Envelope<LeadEvent>} or
     * {@code LeadEvent}) receive only records of that type; see {@link TopicEventArgumentResolver}.
     */
    @Bean
    KafkaListenerConfigurer topicEventArguments() {
        return registrar -> registrar.setCustomMethodArgumentResolvers(new TopicEventArgumentResolver());
    }

    /** A listener taking an event type its topic never carries fails the start rather than dead-letter everything. */
    @Bean
    static BeanPostProcessor listenerTopicCheck() {
        return new ListenerTopicCheck();
    }

    /** Commits each record's offset only after its listener returned, i.e. after the side effect. */
    @Bean
    ConcurrentKafkaListenerContainerFactory<Object, Object> kafkaListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
            ConsumerFactory<Object, Object> consumerFactory) {
        var factory = new ConcurrentKafkaListenerContainerFactory<Object, Object>();
        configurer.configure(factory, consumerFactory);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.RECORD);
        factory.getContainerProperties().setObservationEnabled(true);
        return factory;
    }

    /** Existing topics follow the catalog's settings too, so a retention change reaches a running cluster. */
    @Bean
    static BeanPostProcessor contractTopicSettingsApplyToExistingTopics() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof KafkaAdmin admin) {
                    admin.setModifyTopicConfigs(true);
                }
                return bean;
            }
        };
    }

    @Bean
    KafkaAdmin.NewTopics contractTopics(KafkaKitProperties properties) {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream()
                .flatMap(topic -> Stream.of(
                        newTopic(topic.name(), topic.retentionMs(), topic.cleanupPolicy(), properties),
                        newTopic(topic.deadLetterName(), Topic.deadLetterRetentionMs(), "delete", properties)))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic newTopic(
            String name, String retentionMs, String cleanupPolicy, KafkaKitProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .config(TopicConfig.RETENTION_MS_CONFIG, retentionMs)
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy)
                .build();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
