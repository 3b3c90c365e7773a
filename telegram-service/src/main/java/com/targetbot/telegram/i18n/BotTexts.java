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

    /**
     * A count with the noun in the right plural form, e.g. {@code 5 лидов}: the bundle holds the forms
     * under {@code <noun>.one|few|many} (Russian) and {@code <noun>.one|other} (English).
     */
    public String count(BotLanguage language, String noun, long count) {
        return count + " "
                + text(language, noun + "." + Plurals.of(language, count).key());
    }
}
