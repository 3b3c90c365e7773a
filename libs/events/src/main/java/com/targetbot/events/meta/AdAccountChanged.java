package com.targetbot.events.meta;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An ad account appeared, or its status, disable reason, balance, spend cap or payment method changed.
 *
 * @param accountStatus Meta's {@code account_status}: 1 active, 2 disabled, 3 unsettled, 7 pending review, ...
 * @param disableReason Meta's {@code disable_reason}, 0 when none
 * @param balance amount owed, in the currency's minor units as Meta gives it
 * @param spendCap the account's spending limit in minor units, {@code "0"} for none
 * @param previousStatus the status before, {@code null} when the account is new
 * @param amountSpent spent over the account's life, in minor units as Meta gives it; {@code null} in older records
 * @param fundingSource how the account pays, as Meta displays it (e.g. {@code Visa *4242}); {@code null} when none
 *     is set (an account without a payment method stops delivering) and in older records
 */
public record AdAccountChanged(
        String accountId,
        String name,
        String currency,
        int accountStatus,
        int disableReason,
        String balance,
        String spendCap,
        @Nullable Integer previousStatus,
        Instant changedAt,
        @Nullable String amountSpent,
        @Nullable String fundingSource)
        implements MetaStructureEvent {

    public AdAccountChanged {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(spendCap, "spendCap");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
