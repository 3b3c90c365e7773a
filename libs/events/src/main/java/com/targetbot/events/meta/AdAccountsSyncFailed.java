package com.targetbot.events.meta;

import java.time.Instant;
import java.util.Objects;

/**
 * A synchronisation gave up; the previous snapshot stays.
 *
 * @param syncId the id from {@link SyncAdAccounts}
 * @param reason what went wrong, readable by an operator (never a token)
 * @param failedAt when it gave up
 */
public record AdAccountsSyncFailed(String syncId, String reason, Instant failedAt) implements MetaEvent {

    public AdAccountsSyncFailed {
        Objects.requireNonNull(syncId, "syncId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(failedAt, "failedAt");
    }
}
