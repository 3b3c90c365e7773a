package com.targetbot.gateway.dashboard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard summary. A value is null when its service did not answer in time ({@code unavailable}
 * names those services) or, for Meta, when no sync has happened yet.
 */
record Dashboard(Leads leads, Reports reports, Meta meta, List<String> unavailable) {

    record Leads(@Nullable Long total, @Nullable Long today) {

        static final Leads UNKNOWN = new Leads(null, null);
    }

    record Reports(@Nullable Long total) {

        static final Reports UNKNOWN = new Reports(null);
    }

    record Meta(
            @Nullable String syncedAt,
            @Nullable Long adAccounts,
            @Nullable Long campaigns) {

        static final Meta UNKNOWN = new Meta(null, null, null);
    }
}
