package com.targetbot.meta.graph;

import org.jspecify.annotations.Nullable;

/**
 * A Graph API call failed. The message is safe to log and to publish: it never holds a token, a proof
 * or a request URL.
 */
public class GraphApiException extends RuntimeException {

    /** The code of failures without a Graph error body: the API was unreachable or answered something else. */
    public static final int NO_GRAPH_CODE = 0;

    private final int code;
    private final boolean retryable;

    /** A Graph error as answered by the API ({@code error.code} and {@code error.message}). */
    public GraphApiException(int code, String message) {
        this(code, "Graph API error " + code + ": " + message, isTransient(code), null);
    }

    GraphApiException(int code, String message, boolean retryable, @Nullable Throwable cause) {
        super(message, cause);
        this.code = code;
        this.retryable = retryable;
    }

    /** The Graph error code, {@link #NO_GRAPH_CODE} when the failure carried none. */
    public int code() {
        return code;
    }

    /** Whether the same call may succeed later (throttling, a temporary outage); an invalid token (190) never does. */
    public boolean retryable() {
        return retryable;
    }

    /**
     * Throttling (4 app, 17 user, 613 call rate, 80000-80014 business use case) and Meta's "temporary
     * issue, retry" codes 1 and 2.
     */
    private static boolean isTransient(int code) {
        return code == 1 || code == 2 || code == 4 || code == 17 || code == 613 || (code >= 80000 && code <= 80014);
    }
}
