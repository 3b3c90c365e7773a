package com.targetbot.events.telegram;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Set a bot user's role and/or activation, as given (an admin may lower a role).
 *
 * @param userId the user's Telegram id
 * @param role one of {@link TelegramAdminCommand#ROLES}; absent to keep the role
 * @param active whether the bot serves the user; absent to keep it
 */
public record ChangeBotUser(
        long userId, @Nullable String role, @Nullable Boolean active, String requestedBy, Instant requestedAt)
        implements TelegramAdminCommand {

    public ChangeBotUser {
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    @Override
    public String key() {
        return Long.toString(userId);
    }
}
