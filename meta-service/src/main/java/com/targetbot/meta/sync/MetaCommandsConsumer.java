package com.targetbot.meta.sync;

import com.targetbot.events.Topics;
import com.targetbot.events.meta.MetaCommand;
import com.targetbot.events.meta.SyncAdAccounts;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class MetaCommandsConsumer {

    private final AdAccountSync adAccountSync;

    MetaCommandsConsumer(AdAccountSync adAccountSync) {
        this.adAccountSync = adAccountSync;
    }

    // Idempotent: AdAccountSync runs each sync id once (IdempotencyGuard). The group keeps the bare service
    // name its offsets were committed under: a new group would replay the syncs.
    @KafkaListener(topics = Topics.META_COMMANDS_NAME, groupId = "${spring.application.name}")
    void on(MetaCommand command) {
        // Exhaustive over the sealed root: a new Meta command does not compile until it is handled here.
        switch (command) {
            case SyncAdAccounts sync -> adAccountSync.handle(sync);
        }
    }
}
