package com.targetbot.leads.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The Redis key layout; every key starts with the service's own prefix {@code leads:}. */
final class LeadKeys {

    /** Sorted set of lead ids scored by creation time in epoch milliseconds. */
    static final String BY_CREATED = "leads:by-created";

    static final String TOTAL = "leads:count:total";

    private LeadKeys() {}

    /** Hash holding one lead's fields. */
    static String lead(String id) {
        return "leads:lead:" + id;
    }

    /** Counter of the leads created on one calendar day ({@code yyyy-MM-dd}). */
    static String day(LocalDate day) {
        return "leads:count:day:" + day;
    }

    static LocalDate dayOf(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone);
    }
}
