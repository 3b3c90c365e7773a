package com.targetbot.sandbox.telegram;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A user's action played through the control API: a text (commands included), a button press
 * ({@code callbackData}) or a shared contact ({@code contactPhone}) — exactly one of them.
 *
 * @param contactFirstName given, the shared contact is someone else's card (a forwarded or picked contact)
 *     under this name instead of the player's own
 * @param contactUserId that card's Telegram user, when the person is on Telegram
 * @param chatId the chat it happens in; the user's private chat when absent
 */
record PlayedUpdate(
        @NotNull @Positive Long userId,
        @Nullable Long chatId,
        @Nullable String text,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String username,
        @Nullable String languageCode,
        @Nullable String callbackData,
        @Nullable String contactPhone,
        @Nullable String contactFirstName,
        @Nullable String contactLastName,
        @Nullable Long contactUserId,
        @Nullable Boolean editsLastMessage) {

    @AssertTrue(message = "exactly one of text, callbackData and contactPhone must be given") boolean isOneAction() {
        return Stream.of(text, callbackData, contactPhone)
                        .filter(v -> v != null && !v.isEmpty())
                        .count()
                == 1;
    }

    @AssertTrue(message = "an edit replaces the text of the user's last message, so it needs a text") boolean isEditOfAText() {
        return !Boolean.TRUE.equals(editsLastMessage) || (text != null && !text.isEmpty());
    }

    long chat() {
        return chatId != null ? chatId : userId;
    }
}
