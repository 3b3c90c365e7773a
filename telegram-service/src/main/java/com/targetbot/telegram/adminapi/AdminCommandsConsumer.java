package com.targetbot.telegram.adminapi;

import com.targetbot.events.Topics;
import com.targetbot.events.telegram.ChangeBotUser;
import com.targetbot.events.telegram.CreateInvite;
import com.targetbot.events.telegram.RevokeInvite;
import com.targetbot.events.telegram.TelegramAdminCommand;
import com.targetbot.kit.kafka.RejectedEventException;
import com.targetbot.telegram.invites.Invite;
import com.targetbot.telegram.invites.Invites;
import com.targetbot.telegram.users.BotRole;
import com.targetbot.telegram.users.BotUserRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Applies the admins' changes the gateway accepted on {@code telegram.commands}. Idempotent by
 * construction: a change sets values rather than toggling them, an invite is stored only if its hash is not
 * there yet, and revoking a revoked invite changes nothing.
 */
@Component
class AdminCommandsConsumer {

    private static final Logger log = LoggerFactory.getLogger(AdminCommandsConsumer.class);

    private final BotUserRepository users;
    private final Invites invites;

    AdminCommandsConsumer(BotUserRepository users, Invites invites) {
        this.users = users;
        this.invites = invites;
    }

    // Idempotent by construction (see above): a redelivered command leaves the same state.
    @KafkaListener(topics = Topics.TELEGRAM_COMMANDS_NAME, groupId = "${spring.application.name}.admin-commands")
    void on(TelegramAdminCommand command) {
        switch (command) {
            case ChangeBotUser change -> change(change);
            case CreateInvite create -> create(create);
            case RevokeInvite revoke -> revoke(revoke);
        }
    }

    private void change(ChangeBotUser change) {
        BotRole role = change.role() == null ? null : role(change.role());
        if (users.change(change.userId(), role, change.active()).isEmpty()) {
            throw new RejectedEventException("no bot user " + change.userId());
        }
        log.info(
                "Bot user {} changed by {}: role {}, active {}",
                change.userId(),
                change.requestedBy(),
                change.role(),
                change.active());
    }

    private void create(CreateInvite create) {
        var invite = new Invite(create.inviteId(), role(create.role()), create.expiresAt(), create.requestedBy());
        try {
            if (invites.store(invite, create.tokenHash())) {
                log.info("Invite {} for role {} created by {}", invite.id(), create.role(), create.requestedBy());
            }
        } catch (IllegalArgumentException e) {
            throw new RejectedEventException(e.getMessage());
        }
    }

    private void revoke(RevokeInvite revoke) {
        if (invites.revoke(revoke.inviteId())) {
            log.info("Invite {} revoked by {}", revoke.inviteId(), revoke.requestedBy());
        }
    }

    private static BotRole role(@Nullable String value) {
        return BotRole.fromValue(String.valueOf(value))
                .orElseThrow(() -> new RejectedEventException("unknown bot role '" + value + "'"));
    }
}
