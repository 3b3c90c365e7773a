package com.targetbot.events.meta;

import java.time.Instant;

/** What meta-service's periodic check of the Meta access token found wrong; admins are told. */
public sealed interface MetaTokenEvent extends MetaOutcome permits MetaTokenExpiring, MetaTokenInvalid {

    /** One token per installation: its events share a key, so they stay in order. */
    String KEY = "meta-token";

    Instant checkedAt();

    @Override
    default String key() {
        return KEY;
    }
}
