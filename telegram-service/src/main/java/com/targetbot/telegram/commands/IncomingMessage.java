package com.targetbot.telegram.commands;

import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.users.TelegramProfile;
import java.util.Objects;

/**
 * A text message a user sent the bot.
 *
 * @param chatId the chat to answer in
 * @param from the sender
 * @param text the message text
 */
public record IncomingMessage(long chatId, TelegramProfile from, String text) {

    public IncomingMessage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(text, "text");
    }

    /** The language to answer in. */
    public BotLanguage language() {
        return BotLanguage.of(from.languageCode());
    }
}
