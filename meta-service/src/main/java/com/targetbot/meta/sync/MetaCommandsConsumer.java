package com.targetbot.meta.sync;

import com.targetbot.events.Envelope;
import com.targetbot.events.meta.MetaCommand;
import com.targetbot.events.meta.SyncAdAccounts;
import com.targetbot.kit.kafka.RejectedEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class MetaCommandsConsumer {

    private final AdAccountSync adAccountSync;

    MetaCommandsConsumer(AdAccountSync adAccountSync) {
        this.adAccountSync = adAccountSync;
    }

    @KafkaListener(topics = "meta.commands", groupId = "${spring.application.name}")
    void on(Envelope<?> envelope) {
        if (!(envelope.data() instanceof MetaCommand command)) {
            throw new RejectedEventException("meta.commands carries Meta commands only, got " + envelope.type());
        }
        // Exhaustive over the sealed root: a new Meta command does not compile until it is handled here.
        switch (command) {
            case SyncAdAccounts sync -> adAccountSync.handle(sync);
        }
    }
}
