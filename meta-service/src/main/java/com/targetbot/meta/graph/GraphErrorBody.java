package com.targetbot.meta.graph;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** Graph's error answer: {@code {"error":{"message","type","code","error_subcode","fbtrace_id"}}}. */
record GraphErrorBody(@Nullable Error error) {

    record Error(
            @Nullable String message,
            @Nullable String type,
            @Nullable Integer code,
            @JsonProperty("fbtrace_id") @Nullable String fbtraceId) {}
}
