package com.targetbot.telegram.updates;

import com.targetbot.events.Envelope;
import com.targetbot.events.telegram.TelegramUpdateEvent;
import com.targetbot.events.telegram.TelegramUpdateReceived;
import com.targetbot.kit.idempotency.IdempotencyGuard;
import com.targetbot.kit.kafka.RejectedEventException;
import com.targetbot.telegram.commands.CommandDispatcher;
import com.targetbot.telegram.commands.IncomingMessage;
import com.targetbot.telegram.users.TelegramProfile;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Handles the updates on {@code telegram.updates}. Idempotent by {@code update_id}: the gateway may publish
 * an update twice when Telegram redelivers it, and Kafka redelivers after a crash.
 */
@Component
class TelegramUpdatesConsumer {

    // Telegram keeps an undelivered update for 24 hours, so a redelivery can come that late.
    static final Duration DEDUPLICATION_WINDOW = Duration.ofHours(25);

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdatesConsumer.class);

    private final IdempotencyGuard guard;
    private final UpdateParser parser;
    private final CommandDispatcher commands;

    TelegramUpdatesConsumer(IdempotencyGuard guard, UpdateParser parser, CommandDispatcher commands) {
        this.guard = guard;
        this.parser = parser;
        this.commands = commands;
    }

    @KafkaListener(topics = "telegram.updates", groupId = "${spring.application.name}.updates")
    void on(Envelope<?> envelope) {
        if (!(envelope.data() instanceof TelegramUpdateEvent event)) {
            throw new RejectedEventException("telegram.updates does not carry " + envelope.type());
        }
        switch (event) {
            case TelegramUpdateReceived received -> {
                boolean handled = guard.runOnce(
                        "update", Long.toString(received.updateId()), DEDUPLICATION_WINDOW, () -> handle(received));
                if (!handled) {
                    log.debug("Update {} was already handled", received.updateId());
                }
            }
        }
    }

    private void handle(TelegramUpdateReceived received) {
        Update update = parser.parse(received.update());
        Message message = update.getMessage();
        if (message != null && message.hasText() && message.getFrom() != null) {
            commands.dispatch(new IncomingMessage(message.getChatId(), profile(message.getFrom()), message.getText()));
        } else {
            log.debug(
                    "Update {} ignored: no feature handles {}",
                    received.updateId(),
                    received.update().propertyNames());
        }
    }

    private static TelegramProfile profile(User user) {
        return new TelegramProfile(
                user.getId(), user.getFirstName(), user.getLastName(), user.getUserName(), user.getLanguageCode());
    }
}
