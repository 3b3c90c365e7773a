package com.targetbot.telegram.users;

import java.util.Locale;

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

    static BotRole of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
