package com.targetbot.events.telegram;

import java.time.Instant;
import java.util.Objects;

/**
 * Make an outstanding invite's link stop working; an invite already used, expired or revoked stays so.
 *
 * @param inviteId the invite's id
 */
public record RevokeInvite(String inviteId, String requestedBy, Instant requestedAt) implements TelegramAdminCommand {

    public RevokeInvite {
        Objects.requireNonNull(inviteId, "inviteId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    @Override
    public String key() {
        return inviteId;
    }
}
