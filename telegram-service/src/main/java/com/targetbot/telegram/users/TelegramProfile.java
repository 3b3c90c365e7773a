package com.targetbot.telegram.users;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who a Telegram user says they are, as their latest message carries it.
 *
 * @param userId Telegram user id
 * @param firstName first name, always present in Telegram
 * @param lastName last name, when set
 * @param username {@code @username} without the at sign, when set
 * @param languageCode IETF language tag of the user's client, when Telegram sends it
 */
public record TelegramProfile(
        long userId,
        String firstName,
        @Nullable String lastName,
        @Nullable String username,
        @Nullable String languageCode) {

    public TelegramProfile {
        Objects.requireNonNull(firstName, "firstName");
    }
}
