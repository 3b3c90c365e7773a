package com.targetbot.telegram.i18n;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A language the bot speaks. */
public enum BotLanguage {
    RU(Locale.of("ru")),
    EN(Locale.ENGLISH);

    // Most users in these languages read Russian far more readily than English.
    private static final Set<String> RUSSIAN_READERS = Set.of("ru", "uk", "be", "kk");

    private final Locale locale;

    BotLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language for a Telegram {@code language_code} (an IETF tag such as {@code ru} or {@code en-US},
     * absent when the client does not say): Russian for ru, uk, be and kk, English otherwise.
     */
    public static BotLanguage of(@Nullable String languageCode) {
        if (languageCode == null) {
            return EN;
        }
        String primary = languageCode.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return RUSSIAN_READERS.contains(primary) ? RU : EN;
    }
}
