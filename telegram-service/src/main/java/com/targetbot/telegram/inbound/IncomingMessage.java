package com.targetbot.telegram.inbound;

import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.users.TelegramProfile;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message a user sent the bot: a text, or a contact: their own shared with the "share contact" button, or
 * someone else's card.
 *
 * @param chatId the chat to answer in
 * @param privateChat whether it is the user's private chat with the bot (not a group)
 * @param from the sender
 * @param text the message text, empty for a shared contact
 * @param sharedPhone the phone number of the contact the user sent, as Telegram sends it
 * @param language the language to answer in: the user's choice, else their client's
 * @param topicId the forum topic of the group the message was sent in, absent outside topics
 */
public record IncomingMessage(
        long chatId,
        boolean privateChat,
        TelegramProfile from,
        String text,
        @Nullable String sharedPhone,
        BotLanguage language,
        @Nullable Integer topicId) {

    public IncomingMessage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }

    /** A message outside forum topics. */
    public IncomingMessage(
            long chatId,
            boolean privateChat,
            TelegramProfile from,
            String text,
            @Nullable String sharedPhone,
            BotLanguage language) {
        this(chatId, privateChat, from, text, sharedPhone, language, null);
    }

    /** A text in the sender's private chat, answered in their client's language. */
    public IncomingMessage(long chatId, TelegramProfile from, String text) {
        this(chatId, chatId == from.userId(), from, text, null, BotLanguage.of(from.languageCode()));
    }
}
