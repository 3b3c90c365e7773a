package com.targetbot.telegram.users;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Field names of a user hash and how a hash reads back into a {@link BotUser}. */
final class UserHash {

    static final String ID = "id";
    static final String CHAT_ID = "chatId";
    static final String FIRST_NAME = "firstName";
    static final String LAST_NAME = "lastName";
    static final String USERNAME = "username";
    static final String LANGUAGE_CODE = "languageCode";
    static final String TOKEN = "token";
    static final String ROLE = "role";
    static final String REGISTERED_AT = "registeredAt";
    static final String ACTIVE = "active";

    private UserHash() {}

    static BotUser read(Map<String, String> fields) {
        return new BotUser(
                Long.parseLong(required(fields, ID)),
                Long.parseLong(required(fields, CHAT_ID)),
                required(fields, FIRST_NAME),
                fields.get(LAST_NAME),
                fields.get(USERNAME),
                fields.get(LANGUAGE_CODE),
                UUID.fromString(required(fields, TOKEN)),
                BotRole.of(required(fields, ROLE)),
                Instant.parse(required(fields, REGISTERED_AT)),
                Boolean.parseBoolean(required(fields, ACTIVE)));
    }

    private static String required(Map<String, String> fields, String name) {
        @Nullable String value = fields.get(name);
        if (value == null) {
            throw new IllegalStateException("user hash " + fields.get(ID) + " lacks " + name);
        }
        return value;
    }
}
