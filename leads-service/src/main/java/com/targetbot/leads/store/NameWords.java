package com.targetbot.leads.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words a name is found by: lower-cased, «ё» read as «е» (Russian writers use either), split at anything
 * that is neither a letter nor a digit. The name index and a search split the same way, so «Пётр-Иван» is
 * found by «петр» and by «иван».
 */
public final class NameWords {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameWords() {}

    /** The distinct words of the text, in the order they appear. */
    public static List<String> of(String text) {
        return Arrays.stream(SEPARATORS.split(fold(text)))
                .filter(word -> !word.isEmpty())
                .distinct()
                .toList();
    }

    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
