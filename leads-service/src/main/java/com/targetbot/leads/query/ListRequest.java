package com.targetbot.leads.query;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * Query parameters of the lead list.
 *
 * @param limit how many leads, newest first; 50 when absent, at most 200
 */
record ListRequest(@Min(1) @Max(MAX_LIMIT) @Nullable Integer limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    int limitOrDefault() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
