package com.targetbot.gateway.meta;

import com.targetbot.events.meta.SyncAdAccounts;
import com.targetbot.gateway.web.CommandPublisher;
import com.targetbot.gateway.web.IdGenerator;
import com.targetbot.gateway.web.Requester;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code POST /meta/sync}: asks meta-service to sync every ad account now; the overview is readable at /meta/stats. */
@RestController
class MetaSyncController {

    private final CommandPublisher publisher;
    private final IdGenerator ids;

    MetaSyncController(CommandPublisher publisher, IdGenerator ids) {
        this.publisher = publisher;
        this.ids = ids;
    }

    @PostMapping("/meta/sync")
    Mono<ResponseEntity<SyncAccepted>> sync(@AuthenticationPrincipal Requester requester) {
        String syncId = ids.newId();
        return publisher
                .publish(new SyncAdAccounts(syncId, requester.requesterId(), Instant.now()))
                .thenReturn(ResponseEntity.accepted()
                        .location(URI.create("/meta/stats"))
                        .body(new SyncAccepted(syncId)));
    }

    record SyncAccepted(String syncId) {}
}
