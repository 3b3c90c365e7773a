package com.targetbot.testkit;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Creation times at least one millisecond apart. Leads are ordered by their millisecond creation time and ties
 * by id, so a test that expects "newest first" must not create two leads within the same millisecond.
 */
public final class DistinctInstants {

    private static final AtomicLong LAST = new AtomicLong();

    private DistinctInstants() {}

    /** Now, or one millisecond after the previous answer when the clock has not moved on since. */
    public static Instant next() {
        return Instant.ofEpochMilli(LAST.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis())));
    }
}
