package com.targetbot.sandbox.telegram;

import com.targetbot.sandbox.telegram.TelegramObjects.CallbackQuery;
import com.targetbot.sandbox.telegram.TelegramObjects.Chat;
import com.targetbot.sandbox.telegram.TelegramObjects.Contact;
import com.targetbot.sandbox.telegram.TelegramObjects.Message;
import com.targetbot.sandbox.telegram.TelegramObjects.MessageEntity;
import com.targetbot.sandbox.telegram.TelegramObjects.Update;
import com.targetbot.sandbox.telegram.TelegramObjects.User;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Turns a played user action into the Update Telegram would send, updating the chat's history on the way. */
@Component
class UpdateFactory {

    /** Telegram marks every /command in a text, optionally addressed as /command@bot, in UTF-16 offsets. */
    private static final Pattern BOT_COMMAND = Pattern.compile("(?<![\\w/])/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?");

    private final BotMessages messages;
    private final TelegramUsers users;
    private final CallbackQueries callbackQueries;
    private final User bot;
    /** Each chat's last text from a user, which a played edit replaces. */
    private final Map<Long, Message> lastTexts = new ConcurrentHashMap<>();

    UpdateFactory(
            BotMessages messages,
            TelegramUsers users,
            CallbackQueries callbackQueries,
            TelegramSandboxProperties properties) {
        this.messages = messages;
        this.users = users;
        this.callbackQueries = callbackQueries;
        this.bot = User.bot(properties.botId());
    }

    Update create(int updateId, PlayedUpdate played) {
        User user = new User(
                played.userId(),
                false,
                Objects.requireNonNullElse(played.firstName(), "Sandbox User"),
                played.lastName(),
                played.username(),
                played.languageCode());
        users.remember(user);
        Chat chat = Chat.of(played.chat(), user);
        if (played.callbackData() != null && !played.callbackData().isEmpty()) {
            return Update.callbackQuery(updateId, callbackQuery(user, chat, played.callbackData()));
        }
        long now = Instant.now().getEpochSecond();
        if (Boolean.TRUE.equals(played.editsLastMessage())) {
            return Update.edited(updateId, edit(user, chat, Objects.requireNonNull(played.text()), now));
        }
        int messageId = messages.nextMessageId(chat.id());
        if (played.contactPhone() != null && !played.contactPhone().isEmpty()) {
            Contact contact = played.contactFirstName() == null
                    ? new Contact(played.contactPhone(), user.firstName(), user.lastName(), user.id())
                    : new Contact(
                            played.contactPhone(),
                            played.contactFirstName(),
                            played.contactLastName(),
                            played.contactUserId());
            return Update.message(
                    updateId, new Message(messageId, user, chat, now, null, null, null, null, null, contact, null));
        }
        String text = Objects.requireNonNull(played.text());
        Message message =
                new Message(messageId, user, chat, now, null, text, commandEntities(text), null, null, null, null);
        lastTexts.put(chat.id(), message);
        return Update.message(updateId, message);
    }

    void reset() {
        lastTexts.clear();
    }

    /** The user's last text in the chat with a new text, as Telegram sends an edit: same id and date, an edit date. */
    private Message edit(User user, Chat chat, String text, long now) {
        Message last = lastTexts.get(chat.id());
        if (last == null || last.from().id() != user.id()) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT, "user " + user.id() + " has sent no text in chat " + chat.id() + " to edit");
        }
        Message edited = new Message(
                last.messageId(), user, chat, last.date(), now, text, commandEntities(text), null, null, null, null);
        lastTexts.put(chat.id(), edited);
        return edited;
    }

    private CallbackQuery callbackQuery(User user, Chat chat, String data) {
        RecordedMessage pressed = messages.withButton(chat.id(), data)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.CONFLICT,
                        "chat " + chat.id() + " has no message from the bot whose button could be pressed"));
        Message message = new Message(
                pressed.messageId(),
                bot,
                Chat.of(chat.id(), users.find(chat.id()).orElse(null)),
                pressed.sentAt().getEpochSecond(),
                null,
                pressed.text(),
                null,
                null,
                null,
                null,
                pressed.replyMarkup());
        return new CallbackQuery(
                callbackQueries.open(user.id(), chat.id(), data), user, message, chatInstance(chat.id()), data);
    }

    private static @Nullable List<MessageEntity> commandEntities(String text) {
        Matcher matcher = BOT_COMMAND.matcher(text);
        List<MessageEntity> entities = matcher.results()
                .map(m -> new MessageEntity("bot_command", m.start(), m.end() - m.start()))
                .toList();
        return entities.isEmpty() ? null : entities;
    }

    /** A stable opaque id per chat, as Telegram gives for callback queries. */
    private static String chatInstance(long chatId) {
        return Long.toUnsignedString(chatId * 0x9E3779B97F4A7C15L);
    }
}
