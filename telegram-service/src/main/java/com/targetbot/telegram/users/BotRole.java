package com.targetbot.telegram.users;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a bot user may do; everyone starts as a client until an admin promotes them. */
public enum BotRole {
    CLIENT,
    MANAGER,
    ADMIN;

    /** Managers and admins work with leads; clients only submit them. */
    public boolean managesLeads() {
        return this != CLIENT;
    }

    /** The stored form, lower-case. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this role may do everything {@code other} may: the roles are declared from least to most. */
    public boolean includes(BotRole other) {
        return compareTo(other) >= 0;
    }

    /** The role stored or sent as {@code value} ({@code client}, {@code manager}, {@code admin}), if it is one. */
    public static Optional<BotRole> fromValue(String value) {
        return Arrays.stream(values())
                .filter(role -> role.value().equals(value))
                .findFirst();
    }

    static BotRole of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
