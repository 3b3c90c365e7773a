package com.targetbot.events.meta;

import com.targetbot.events.Event;

/** Outcomes of Meta Ads work. */
public sealed interface MetaEvent extends Event permits AdAccountsSynced, AdAccountsSyncFailed {

    String syncId();

    @Override
    default String key() {
        return syncId();
    }
}
