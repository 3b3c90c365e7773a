package com.targetbot.leads.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in a newest-first walk: the (creation score, id) of the last lead a page returned. Pages after
 * it hold leads with a lower score, or the same score and a lower id, so leads created meanwhile (higher
 * scores) never shift or repeat what the client pages through.
 *
 * @param score creation time in epoch milliseconds
 * @param id the lead id, breaking ties between leads created in the same millisecond
 */
public record Cursor(long score, String id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    static Cursor of(Lead lead) {
        return new Cursor(lead.createdAt().toEpochMilli(), lead.id());
    }

    /** Opaque to clients: they hand it back, they do not build it. */
    public String encode() {
        return ENCODER.encodeToString((score + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws IllegalArgumentException when the text is not a cursor this service wrote
     */
    public static Cursor decode(String text) {
        String plain;
        try {
            plain = new String(DECODER.decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
        int colon = plain.indexOf(':');
        if (colon <= 0 || colon == plain.length() - 1) {
            throw new IllegalArgumentException("not a cursor");
        }
        try {
            return new Cursor(Long.parseLong(plain.substring(0, colon)), plain.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
    }
}
