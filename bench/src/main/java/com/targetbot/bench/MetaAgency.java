package com.targetbot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The sandbox ad agency the Meta sync benchmark syncs: the sandbox's three named accounts (30, 12 and no
 * campaigns) plus generated ones, every campaign with the same ad sets and ads ({@code targetbot.sandbox.graph.agency.*}).
 *
 * @param extraAccounts generated ad accounts besides the three named ones ({@code bench.accounts})
 * @param campaigns campaigns of each generated account ({@code bench.campaigns})
 * @param adSetsPerCampaign ({@code bench.adSetsPerCampaign})
 * @param adsPerCampaign ({@code bench.adsPerCampaign}), spread evenly over the ad sets
 * @param days the backfill window a first sync reads ({@code bench.days})
 */
record MetaAgency(int extraAccounts, int campaigns, int adSetsPerCampaign, int adsPerCampaign, int days) {

    /** The sandbox's named accounts and their campaigns, which exist whatever the size. */
    static final List<Account> NAMED =
            List.of(new Account("act_1000001", 30), new Account("act_1000002", 12), new Account("act_1000003", 0));

    MetaAgency {
        if (extraAccounts < 0 || campaigns < 0 || adSetsPerCampaign < 1 || days < 1) {
            throw new IllegalArgumentException(
                    "bench.accounts and bench.campaigns must be >= 0, bench.adSetsPerCampaign and bench.days >= 1");
        }
        if (adsPerCampaign < adSetsPerCampaign || adsPerCampaign % adSetsPerCampaign != 0) {
            throw new IllegalArgumentException("bench.adsPerCampaign must be a multiple of bench.adSetsPerCampaign");
        }
    }

    /** Reads the size from {@code bench.*} system properties; the defaults finish in a few minutes on 2 cores. */
    static MetaAgency from(Properties properties) {
        return new MetaAgency(
                Integer.parseInt(properties.getProperty("bench.accounts", "10")),
                Integer.parseInt(properties.getProperty("bench.campaigns", "20")),
                Integer.parseInt(properties.getProperty("bench.adSetsPerCampaign", "2")),
                Integer.parseInt(properties.getProperty("bench.adsPerCampaign", "4")),
                Integer.parseInt(properties.getProperty("bench.days", "90")));
    }

    /** Every ad account, named ones first, as the sandbox numbers them. */
    List<Account> accounts() {
        List<Account> accounts = new ArrayList<>(NAMED);
        for (int n = 1; n <= extraAccounts; n++) {
            accounts.add(new Account("act_" + (2_000_000 + n), campaigns));
        }
        return accounts;
    }

    int adsPerAdSet() {
        return adsPerCampaign / adSetsPerCampaign;
    }

    long totalCampaigns() {
        return accounts().stream().mapToLong(Account::campaigns).sum();
    }

    long totalAds() {
        return totalCampaigns() * adsPerCampaign;
    }

    /** The sandbox's configuration for this size ({@code config/sandbox.properties}). */
    String sandboxProperties() {
        return "targetbot.sandbox.graph.agency.extra-accounts=" + extraAccounts + "\n"
                + "targetbot.sandbox.graph.agency.campaigns-per-extra-account=" + campaigns + "\n"
                + "targetbot.sandbox.graph.agency.ad-sets-per-campaign=" + adSetsPerCampaign + "\n"
                + "targetbot.sandbox.graph.agency.ads-per-ad-set=" + adsPerAdSet() + "\n";
    }

    /** One ad account and its number of campaigns. */
    record Account(String id, int campaigns) {}
}
