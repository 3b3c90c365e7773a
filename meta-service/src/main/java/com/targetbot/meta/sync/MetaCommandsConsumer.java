package com.targetbot.meta.sync;

import com.targetbot.events.Topics;
import com.targetbot.events.meta.MetaCommand;
import com.targetbot.events.meta.SyncAdAccounts;
import com.targetbot.kit.idempotency.IdempotencyGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * "Sync now" from the bot or the admin UI: the run the nightly schedule makes (the structure, then the days Meta
 * may still restate; a new account's whole backfill) under the command's sync id, so its outcome answers the
 * requester.
 */
@Component
class MetaCommandsConsumer {

    private static final Logger log = LoggerFactory.getLogger(MetaCommandsConsumer.class);
    private static final String IDEMPOTENCY_SCOPE = "sync-ad-accounts";

    private final AccountsSync sync;
    private final IdempotencyGuard guard;
    private final SyncProperties properties;

    MetaCommandsConsumer(AccountsSync sync, IdempotencyGuard guard, SyncProperties properties) {
        this.sync = sync;
        this.guard = guard;
        this.properties = properties;
    }

    // The group keeps the bare service name its offsets were committed under: a new group would replay the syncs.
    @KafkaListener(topics = Topics.META_COMMANDS_NAME, groupId = "${spring.application.name}")
    void on(MetaCommand command) {
        // Exhaustive over the sealed root: a new Meta command does not compile until it is handled here.
        switch (command) {
            case SyncAdAccounts requested -> syncNow(requested);
        }
    }

    /**
     * Idempotent by sync id: a redelivered command finds its id claimed and is skipped; a run that throws releases
     * the claim, so the redelivery runs it again.
     */
    private void syncNow(SyncAdAccounts command) {
        boolean ran = guard.runOnce(
                IDEMPOTENCY_SCOPE,
                command.syncId(),
                properties.dedupeWindow(),
                () -> sync.run(AccountsSync.Scope.NIGHTLY, command.syncId()));
        if (!ran) {
            log.info("Sync {} was handled before; skipping the redelivered command", command.syncId());
        }
    }
}
