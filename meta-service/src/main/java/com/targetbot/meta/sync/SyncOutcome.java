package com.targetbot.meta.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.targetbot.events.meta.AdAccountsSyncFailed;
import com.targetbot.events.meta.AdAccountsSynced;
import com.targetbot.events.meta.MetaEvent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How one synchronisation ended, kept under {@code meta:sync:<syncId>} for a while. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SyncOutcome(
        String syncId,
        Status status,
        @Nullable Integer adAccounts,
        @Nullable Integer campaigns,
        @Nullable String reason,
        Instant finishedAt) {

    static SyncOutcome of(MetaEvent event) {
        return switch (event) {
            case AdAccountsSynced synced ->
                new SyncOutcome(
                        synced.syncId(),
                        Status.SYNCED,
                        synced.adAccounts(),
                        synced.campaigns(),
                        null,
                        synced.syncedAt());
            case AdAccountsSyncFailed failed ->
                new SyncOutcome(failed.syncId(), Status.FAILED, null, null, failed.reason(), failed.failedAt());
        };
    }

    enum Status {
        @JsonProperty("synced")
        SYNCED,
        @JsonProperty("failed")
        FAILED
    }
}
