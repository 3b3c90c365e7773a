package com.targetbot.events.meta;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What meta-service's periodic check of a Meta connection's token found: a problem admins are told about, or that
 * the token works (again).
 */
public sealed interface MetaTokenEvent extends MetaOutcome
        permits MetaTokenExpiring, MetaTokenInvalid, MetaTokenHealthy {

    /**
     * Every connection's token events share one key, so they stay in one order; they are few (a change of state, a
     * daily reminder), and a consumer keeping one state per connection needs nothing more.
     */
    String KEY = "meta-token";

    /** The connection; null only when read from a v1 event, which named none. */
    @Nullable ConnectionRef connection();

    Instant checkedAt();

    @Override
    default String key() {
        return KEY;
    }
}
