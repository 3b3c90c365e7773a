package com.targetbot.leads.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in a name search: the name index member a page stopped at. Opaque to clients, like {@link Cursor}.
 *
 * @param member the member of the name index the next page continues after
 */
public record NameCursor(String member) {

    private static final String MARK = "name:";

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((MARK + member).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws IllegalArgumentException when the text is not a name cursor this service wrote
     */
    public static NameCursor decode(String text) {
        String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        if (!plain.startsWith(MARK) || plain.indexOf('\0') < 0) {
            throw new IllegalArgumentException("not a name cursor");
        }
        return new NameCursor(plain.substring(MARK.length()));
    }
}
