package com.targetbot.gateway.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an admin account may do: admins manage everything, managers work with leads, viewers read. */
public enum AdminRole {
    ADMIN,
    MANAGER,
    VIEWER;

    /** The Spring Security authority a session of this role carries. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role as stored in Redis and shown to clients. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<AdminRole> fromWireName(String value) {
        return Arrays.stream(values())
                .filter(role -> role.wireName().equals(value))
                .findFirst();
    }
}
