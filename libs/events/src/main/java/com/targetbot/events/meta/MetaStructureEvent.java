package com.targetbot.events.meta;

import java.time.Instant;

/**
 * A change meta-service found in an ad account's structure against its stored copy: the account's status or money,
 * a campaign's status or budget, an ad's delivery or review. Keyed by the ad account, so one account's changes stay
 * in order.
 */
public sealed interface MetaStructureEvent extends MetaOutcome
        permits AdAccountChanged, CampaignChanged, AdSetChanged, AdChanged {

    String accountId();

    Instant changedAt();

    @Override
    default String key() {
        return accountId();
    }
}
