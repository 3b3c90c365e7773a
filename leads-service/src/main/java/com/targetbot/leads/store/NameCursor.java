package com.targetbot.leads.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in a name search: the searched word whose prefix range the search walks, and the name index member
 * a page stopped at. Opaque to clients, like {@link Cursor}.
 *
 * @param prefix the searched word the first page chose to walk; later pages keep to it
 * @param member the member of the name index the next page continues after
 */
public record NameCursor(String prefix, String member) {

    private static final String MARK = "name:";

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((MARK + prefix + '\0' + member).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws IllegalArgumentException when the text is not a name cursor this service wrote
     */
    public static NameCursor decode(String text) {
        String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        int end = plain.indexOf('\0');
        if (!plain.startsWith(MARK) || end < 0) {
            throw new IllegalArgumentException("not a name cursor");
        }
        var cursor = new NameCursor(plain.substring(MARK.length(), end), plain.substring(end + 1));
        if (!cursor.member().startsWith(cursor.prefix()) || cursor.member().indexOf('\0') < 0) {
            throw new IllegalArgumentException("not a name cursor");
        }
        return cursor;
    }
}
