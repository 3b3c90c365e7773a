package com.targetbot.events.meta;

import java.time.Instant;
import java.util.Objects;

/**
 * A synchronisation finished and its snapshot is stored.
 *
 * @param syncId the id from {@link SyncAdAccounts}
 * @param adAccounts number of ad accounts read
 * @param campaigns number of campaigns read across them
 * @param syncedAt when the snapshot was stored
 */
public record AdAccountsSynced(String syncId, int adAccounts, int campaigns, Instant syncedAt) implements MetaEvent {

    public AdAccountsSynced {
        Objects.requireNonNull(syncId, "syncId");
        Objects.requireNonNull(syncedAt, "syncedAt");
    }
}
