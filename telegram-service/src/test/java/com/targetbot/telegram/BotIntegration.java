package com.targetbot.telegram;

import com.targetbot.events.Envelope;
import com.targetbot.kit.kafka.EventPublisher;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The context the conversation tests share (the same configuration as the other ITs of the module, so Spring
 * reuses one context) and the bot to talk to.
 */
@TelegramServiceTest
abstract class BotIntegration {

    @Autowired
    EventPublisher publisher;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    SandboxTelegram sandbox;

    BotConversation bot() {
        return new BotConversation(publisher, redis, sandbox);
    }

    /** Publishes the envelope as it is (its id included, e.g. twice to play a redelivery) and waits for the ack. */
    void publish(Envelope<?> envelope) throws Exception {
        publisher.publish(envelope).get(10, TimeUnit.SECONDS);
    }
}
