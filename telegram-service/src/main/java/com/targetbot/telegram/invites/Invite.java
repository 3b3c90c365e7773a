package com.targetbot.telegram.invites;

import com.targetbot.telegram.users.BotRole;
import java.time.Instant;

/**
 * An outstanding invite, without its token.
 *
 * @param id names the invite for listing and revoking; it does not open it
 * @param createdBy who created it: {@code admin:<username>} from the admin panel, {@code telegram:<user id>}
 *     from {@code /invite}
 */
public record Invite(String id, BotRole role, Instant expiresAt, String createdBy) {}
