package com.targetbot.events.telegram;

import com.targetbot.events.Event;
import java.time.Instant;
import java.util.List;

/**
 * An admin's change to the bot's users and invites, accepted and validated by the gateway and applied by
 * telegram-service. Keyed by the bot user's id or the invite's id, so the changes to one of them are
 * applied in order.
 */
public sealed interface TelegramAdminCommand extends Event permits ChangeBotUser, CreateInvite, RevokeInvite {

    /** The roles a bot user can have, as their wire values; every service reads them from here. */
    List<String> ROLES = List.of("client", "manager", "admin");

    /** Who asked, as in {@code CreateLead#requestedBy} (e.g. {@code admin:anna}). */
    String requestedBy();

    /** When the gateway accepted the change. */
    Instant requestedAt();
}
