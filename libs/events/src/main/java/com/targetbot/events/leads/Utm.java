package com.targetbot.events.leads;

import org.jspecify.annotations.Nullable;

/**
 * The UTM tags of the page a lead came from; each one only when known.
 *
 * @param source {@code utm_source}
 * @param medium {@code utm_medium}
 * @param campaign {@code utm_campaign}
 * @param content {@code utm_content}
 * @param term {@code utm_term}
 */
public record Utm(
        @Nullable String source,
        @Nullable String medium,
        @Nullable String campaign,
        @Nullable String content,
        @Nullable String term) {

    /** No tags known. */
    public static final Utm NONE = new Utm(null, null, null, null, null);
}
