package com.targetbot.meta.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.meta.MetaServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ContainerProperties;

@MetaServiceTest
class InsightsProjectionIT {

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void theProjectionCommitsOncePerPolledBatchNotPerDay() {
        assertThat(listeners
                        .getListenerContainer(InsightsProjection.LISTENER_ID)
                        .getContainerProperties()
                        .getAckMode())
                .isEqualTo(ContainerProperties.AckMode.BATCH);
    }
}
