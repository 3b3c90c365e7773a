package com.targetbot.telegram.users;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A registered bot user.
 *
 * @param id Telegram user id
 * @param chatId the chat the user registered from (their private chat, whose id equals the user id)
 * @param token the user's own id in TargetBot, given once at registration
 * @param active false once Telegram refused a message to the user (they blocked the bot), true again
 *     when they send {@code /start}
 */
public record BotUser(
        long id,
        long chatId,
        String firstName,
        @Nullable String lastName,
        @Nullable String username,
        @Nullable String languageCode,
        UUID token,
        BotRole role,
        Instant registeredAt,
        boolean active) {}
