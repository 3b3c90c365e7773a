package com.targetbot.telegram.outbound;

import com.targetbot.events.telegram.SendTelegramMessage;
import com.targetbot.kit.kafka.EventPublisher;
import org.springframework.stereotype.Component;

/** The outbound feature's API: queues messages for delivery instead of calling the Bot API inline. */
@Component
public class OutboundMessages {

    private final EventPublisher publisher;

    OutboundMessages(EventPublisher publisher) {
        this.publisher = publisher;
    }

    /**
     * Queues an HTML message and returns once Kafka has it on all in-sync replicas, so a caller consuming
     * an update commits that update only after its reply is safe. Fails (and so gets the update retried)
     * when Kafka does not confirm within the producer's delivery timeout.
     *
     * @param html text in Telegram's HTML parse mode, with user data escaped by {@link TelegramHtml#escape}
     */
    public void sendHtml(long chatId, String html) {
        publisher.publish(new SendTelegramMessage(chatId, html, true)).join();
    }
}
