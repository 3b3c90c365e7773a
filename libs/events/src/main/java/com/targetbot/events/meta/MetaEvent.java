package com.targetbot.events.meta;

/** Outcomes of Meta Ads work. */
public sealed interface MetaEvent extends MetaOutcome permits AdAccountsSynced, AdAccountsSyncFailed {

    String syncId();

    @Override
    default String key() {
        return syncId();
    }
}
