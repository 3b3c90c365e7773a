package com.targetbot.testkit;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** One real in-process KRaft broker per test JVM. */
public final class KafkaFixture {

    private static EmbeddedKafkaKraftBroker broker;

    private KafkaFixture() {}

    /** Starts the broker on first use and returns its bootstrap servers. */
    public static synchronized String bootstrapServers() {
        if (broker == null) {
            EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, 3);
            started.brokerProperty("auto.create.topics.enable", "false");
            started.brokerProperty("group.initial.rebalance.delay.ms", "0");
            started.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "kafka-fixture-stop"));
            broker = started;
        }
        return broker.getBrokersAsString();
    }
}
