package com.targetbot.meta.stats;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one synchronisation read, stored and served exactly in this shape ({@code GET /meta/stats}).
 *
 * @param syncedAt when the snapshot was taken
 * @param adAccounts the ad accounts with their campaigns
 * @param totals counts across the snapshot, so readers need not walk it
 */
public record MetaSnapshot(Instant syncedAt, List<AdAccount> adAccounts, Totals totals) {

    public MetaSnapshot {
        Objects.requireNonNull(syncedAt, "syncedAt");
        adAccounts = List.copyOf(adAccounts);
        Objects.requireNonNull(totals, "totals");
    }

    /** A snapshot of the given accounts with its totals counted. */
    public static MetaSnapshot of(Instant syncedAt, List<AdAccount> adAccounts) {
        int campaigns = adAccounts.stream()
                .mapToInt(account -> account.campaigns().size())
                .sum();
        return new MetaSnapshot(syncedAt, adAccounts, new Totals(adAccounts.size(), campaigns));
    }

    /**
     * @param accountStatus Meta's numeric account status (1 active, 2 disabled, ...)
     */
    public record AdAccount(String id, String name, String currency, int accountStatus, List<Campaign> campaigns) {

        public AdAccount {
            campaigns = List.copyOf(campaigns);
        }
    }

    /**
     * @param dailyBudget in minor units of the account currency; absent when the campaign has none of its own
     */
    public record Campaign(
            String id,
            String name,
            String status,
            @Nullable String objective,
            @Nullable Long dailyBudget) {}

    public record Totals(int adAccounts, int campaigns) {}
}
