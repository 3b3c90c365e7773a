package com.targetbot.bench;

import java.util.Locale;

/** The reports' Markdown, formatted the same in every locale. */
final class Markdown {

    private Markdown() {}

    /** One line of the report: the format filled in with {@link Locale#ROOT} and a newline. */
    static String line(String format, Object... arguments) {
        return String.format(Locale.ROOT, format, arguments) + "\n";
    }
}
