package com.targetbot.gateway.apikeys;

import java.util.Arrays;
import java.util.Optional;

/** What an API key may do. */
public enum Scope {
    LEADS_WRITE("leads:write"),
    LEADS_READ("leads:read"),
    REPORTS_READ("reports:read"),
    REPORTS_WRITE("reports:write");

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    /** The scope as clients name it, e.g. {@code leads:write}. */
    public String value() {
        return value;
    }

    /** The Spring Security authority a key with this scope carries. */
    public String authority() {
        return "SCOPE_" + value;
    }

    static Optional<Scope> fromValue(String value) {
        return Arrays.stream(values())
                .filter(scope -> scope.value.equals(value))
                .findFirst();
    }
}
