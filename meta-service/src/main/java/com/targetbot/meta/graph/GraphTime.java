package com.targetbot.meta.graph;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Graph's own timestamp format, e.g. {@code 2026-10-01T13:00:00+0300}: an offset without a colon. */
public final class GraphTime {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

    private GraphTime() {}

    /** The instant of a timestamp Graph sent, {@code null} for none; one Graph would not send is Graph's error. */
    public static @Nullable Instant instant(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return FORMAT.parse(value, Instant::from);
        } catch (DateTimeParseException e) {
            throw new GraphApiException(GraphApiException.NO_GRAPH_CODE, "Graph sent an unreadable time: " + value);
        }
    }
}
