package com.targetbot.telegram.users;

/** Redis keys of the users feature, all under the service's {@code telegram:} prefix. */
final class UserKeys {

    static final String ALL = "telegram:users";

    private UserKeys() {}

    static String user(long id) {
        return "telegram:user:" + id;
    }
}
