package com.targetbot.telegram.i18n;

import java.util.Locale;

/**
 * CLDR plural categories for the bot's languages, for whole numbers. The rules are short and fixed, so
 * they are written out rather than pulling in ICU4J's 14 MB for two languages.
 */
public enum Plurals {
    ONE,
    FEW,
    MANY,
    OTHER;

    /**
     * Russian: one for 1, 21, 101 (not 11); few for 2–4, 22–24 (not 12–14); many for the rest. English:
     * one for 1, other for the rest.
     */
    public static Plurals of(BotLanguage language, long count) {
        long n = Math.abs(count);
        if (language == BotLanguage.EN) {
            return n == 1 ? ONE : OTHER;
        }
        long lastDigit = n % 10;
        long lastTwo = n % 100;
        if (lastDigit == 1 && lastTwo != 11) {
            return ONE;
        }
        if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return FEW;
        }
        return MANY;
    }

    /** The suffix of the bundle key holding this category's form, e.g. {@code leads.one}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
