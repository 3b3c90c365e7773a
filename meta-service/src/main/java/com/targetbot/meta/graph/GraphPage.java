package com.targetbot.meta.graph;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of an edge: {@code {"data":[...],"paging":{"cursors":{"before","after"},"next"}}}. */
public record GraphPage<T>(@Nullable List<T> data, @Nullable Paging paging) {

    public List<T> items() {
        return data == null ? List.of() : data;
    }

    /**
     * The cursor of the following page, or {@code null} on the last page. Graph marks the last page by
     * leaving out {@code paging.next}; the {@code after} cursor alone may still be present there.
     */
    public @Nullable String nextCursor() {
        if (paging == null || paging.next() == null || paging.cursors() == null) {
            return null;
        }
        return paging.cursors().after();
    }

    public record Paging(
            @Nullable Cursors cursors, @Nullable String next) {}

    public record Cursors(@Nullable String before, @Nullable String after) {}
}
