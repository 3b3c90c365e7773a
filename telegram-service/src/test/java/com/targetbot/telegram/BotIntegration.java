package com.targetbot.telegram;

import com.targetbot.events.Envelope;
import com.targetbot.events.Event;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.telegram.SandboxTelegram.SentMessage;
import java.util.List;
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

    /** Publishes the event (an update, a lead event…) and waits for the broker's ack. */
    void say(Event event) throws Exception {
        bot().say(event);
    }

    /** The chat's messages, once the sandbox recorded at least {@code count}. */
    List<SentMessage> awaitMessages(long chatId, int count) {
        return bot().awaitMessages(chatId, count);
    }

    /** A user who sent {@code /start} and was given {@code role}; their id. */
    long registered(String name, String languageCode, String role) throws Exception {
        return bot().registered(name, languageCode, role);
    }

    /** Publishes the envelope as it is (its id included, e.g. twice to play a redelivery) and waits for the ack. */
    void publish(Envelope<?> envelope) throws Exception {
        publisher.publish(envelope).get(10, TimeUnit.SECONDS);
    }
}
