package com.targetbot.events.meta;

import java.time.Instant;
import java.util.Objects;

/**
 * Read ad accounts and their campaigns from the Graph API and store a fresh snapshot.
 *
 * @param syncId id chosen by the requester, to follow the outcome
 * @param requestedBy who asked: {@code admin:<login>} or {@code scheduler}
 * @param requestedAt when the request was accepted
 */
public record SyncAdAccounts(String syncId, String requestedBy, Instant requestedAt) implements MetaCommand {

    public SyncAdAccounts {
        Objects.requireNonNull(syncId, "syncId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    @Override
    public String key() {
        return syncId;
    }
}
