package com.targetbot.telegram.i18n;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The bot's texts. Arguments are inserted as given: callers escape user data for the parse mode the text
 * is sent in.
 */
@Component
public class BotTexts {

    private final MessageSource messages;

    BotTexts(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The text under {@code key} in {@code language}, with {@link java.text.MessageFormat} arguments.
     *
     * @throws org.springframework.context.NoSuchMessageException when a bundle lacks the key
     */
    public String text(BotLanguage language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }
}
