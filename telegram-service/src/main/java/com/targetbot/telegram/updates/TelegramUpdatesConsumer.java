package com.targetbot.telegram.updates;

import com.targetbot.events.Topics;
import com.targetbot.events.telegram.TelegramUpdateEvent;
import com.targetbot.events.telegram.TelegramUpdateReceived;
import com.targetbot.kit.idempotency.IdempotencyGuard;
import com.targetbot.telegram.commands.ButtonDispatcher;
import com.targetbot.telegram.commands.CommandDispatcher;
import com.targetbot.telegram.i18n.LanguagePreferences;
import com.targetbot.telegram.inbound.ButtonPress;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.projects.ProjectBinding;
import com.targetbot.telegram.users.TelegramProfile;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Handles the updates on {@code telegram.updates}. Idempotent by {@code update_id}: the gateway may publish
 * an update twice when Telegram redelivers it, and Kafka redelivers after a crash.
 */
@Component
class TelegramUpdatesConsumer {

    // Telegram keeps an undelivered update for 24 hours, so a redelivery can come that late.
    static final Duration DEDUPLICATION_WINDOW = Duration.ofHours(25);

    // my_chat_member statuses of a bot that is no longer in the chat: it left, or was removed or banned.
    private static final Set<String> LEFT_CHAT = Set.of("left", "kicked");

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdatesConsumer.class);

    private final IdempotencyGuard guard;
    private final UpdateParser parser;
    private final CommandDispatcher commands;
    private final ButtonDispatcher buttons;
    private final LanguagePreferences languages;
    private final ProjectBinding binding;

    TelegramUpdatesConsumer(
            IdempotencyGuard guard,
            UpdateParser parser,
            CommandDispatcher commands,
            ButtonDispatcher buttons,
            LanguagePreferences languages,
            ProjectBinding binding) {
        this.guard = guard;
        this.parser = parser;
        this.commands = commands;
        this.buttons = buttons;
        this.languages = languages;
        this.binding = binding;
    }

    // Idempotent: the guard handles each update_id once within DEDUPLICATION_WINDOW.
    @KafkaListener(topics = Topics.TELEGRAM_UPDATES_NAME, groupId = "${spring.application.name}.updates")
    void on(TelegramUpdateEvent event) {
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
        Message edited = update.getEditedMessage();
        CallbackQuery callback = update.getCallbackQuery();
        ChatMemberUpdated membership = update.getMyChatMember();
        if (message != null && message.getFrom() != null && (message.hasText() || message.hasContact())) {
            commands.dispatch(incoming(message));
        } else if (edited != null && edited.getFrom() != null) {
            commands.dispatchEdit(incoming(edited));
        } else if (callback != null && callback.getMessage() != null && callback.getData() != null) {
            User from = callback.getFrom();
            buttons.dispatch(new ButtonPress(
                    callback.getId(),
                    callback.getMessage().getChatId(),
                    callback.getMessage().getMessageId(),
                    callback.getMessage().isUserMessage(),
                    profile(from),
                    callback.getData(),
                    languages.resolve(from.getId(), from.getLanguageCode())));
        } else if (membership != null
                && LEFT_CHAT.contains(membership.getNewChatMember().getStatus())) {
            binding.botRemoved(
                    membership.getChat().getId(), membership.getFrom().getId());
        } else {
            log.debug(
                    "Update {} ignored: no feature handles {}",
                    received.updateId(),
                    received.update().propertyNames());
        }
    }

    private IncomingMessage incoming(Message message) {
        User from = message.getFrom();
        return new IncomingMessage(
                message.getChatId(),
                message.isUserMessage(),
                profile(from),
                message.hasText() ? message.getText() : "",
                message.hasContact() ? sharedPhone(message) : null,
                languages.resolve(from.getId(), from.getLanguageCode()),
                message.isTopicMessage() ? message.getMessageThreadId() : null);
    }

    /**
     * The phone of a shared contact: the sender's own or a card of someone else (the client's, forwarded or
     * picked from the address book), which the dialog asks for alike. None gives an empty string, which the
     * dialog refuses like any invalid number.
     */
    private static String sharedPhone(Message message) {
        String phone = message.getContact().getPhoneNumber();
        return phone != null ? phone : "";
    }

    private static TelegramProfile profile(User user) {
        return new TelegramProfile(
                user.getId(), user.getFirstName(), user.getLastName(), user.getUserName(), user.getLanguageCode());
    }
}
