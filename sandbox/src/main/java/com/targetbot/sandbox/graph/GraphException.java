package com.targetbot.sandbox.graph;

import org.jspecify.annotations.Nullable;

/** A Graph API error: its numeric code (190 token, 100 parameter, 101 app, 1 secret) and optional subcode. */
final class GraphException extends RuntimeException {

    private final int code;
    private final @Nullable Integer subcode;
    private final String type;

    private GraphException(String message, String type, int code, @Nullable Integer subcode) {
        super(message);
        this.code = code;
        this.subcode = subcode;
        this.type = type;
    }

    static GraphException oauth(int code, String message) {
        return new GraphException(message, "OAuthException", code, null);
    }

    static GraphException oauth(int code, int subcode, String message) {
        return new GraphException(message, "OAuthException", code, subcode);
    }

    static GraphException method(int code, @Nullable Integer subcode, String message) {
        return new GraphException(message, "GraphMethodException", code, subcode);
    }

    int code() {
        return code;
    }

    @Nullable Integer subcode() {
        return subcode;
    }

    String type() {
        return type;
    }
}
