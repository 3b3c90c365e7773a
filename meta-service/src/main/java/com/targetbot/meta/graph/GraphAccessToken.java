package com.targetbot.meta.graph;

import java.util.Objects;

/**
 * A Graph access token (a user's, a system user's or a page's). It travels only in the {@code Authorization}
 * header; {@link #toString()} never shows it, so a token in a record, a log line or an exception stays hidden.
 *
 * @param value the token as Meta issued it
 */
public record GraphAccessToken(String value) {

    public GraphAccessToken {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an access token is not blank");
        }
    }

    @Override
    public String toString() {
        return "GraphAccessToken[redacted]";
    }
}
