package com.targetbot.telegram.outbound;

import com.targetbot.events.Topics;
import com.targetbot.events.telegram.EditTelegramMessage;
import com.targetbot.events.telegram.SendTelegramMessage;
import com.targetbot.events.telegram.TelegramOutboundCommand;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Sends what features queued on {@code telegram.outbound}, one chat's messages in order (the topic is keyed
 * by chat id). At least once: the offset is committed after Telegram accepted the message, so a crash in
 * between repeats it; a repeated message is better than a lost one. Its own consumer group, so a sender
 * waiting out Telegram's flood control never holds up the handling of updates.
 */
@Component
class TelegramOutboundConsumer {

    private final BotApiSender sender;

    TelegramOutboundConsumer(BotApiSender sender) {
        this.sender = sender;
    }

    // At least once, not idempotent on purpose: a repeated message is better than a lost one (see above).
    // A chat waiting out its 1 msg/s holds only its own partition's thread; the overall 30/s is shared.
    @KafkaListener(
            topics = Topics.TELEGRAM_OUTBOUND_NAME,
            groupId = "${spring.application.name}.outbound",
            concurrency = "${targetbot.telegram.outbound-concurrency:4}")
    void on(TelegramOutboundCommand command) {
        switch (command) {
            case SendTelegramMessage message -> sender.send(message);
            case EditTelegramMessage edit -> sender.edit(edit);
        }
    }
}
