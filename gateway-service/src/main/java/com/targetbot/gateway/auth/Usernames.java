package com.targetbot.gateway.auth;

import java.util.Locale;

/** Admin login names: lower-case, so "Admin" and "admin" are one account. */
final class Usernames {

    static final String PATTERN = "[a-z0-9][a-z0-9._-]{0,63}";

    private Usernames() {}

    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    static boolean isValid(String username) {
        return username.matches(PATTERN);
    }
}
