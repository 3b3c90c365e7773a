package com.targetbot.meta.sync;

import com.targetbot.events.meta.AdAccountChanged;
import com.targetbot.events.meta.AdChanged;
import com.targetbot.events.meta.AdSetChanged;
import com.targetbot.events.meta.CampaignChanged;
import com.targetbot.events.meta.MetaStructureEvent;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.meta.graph.GraphAccessToken;
import com.targetbot.meta.graph.GraphTime;
import com.targetbot.meta.insights.InsightsStore;
import com.targetbot.meta.stats.MetaSnapshot;
import com.targetbot.meta.stats.SnapshotRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads an ad account's campaigns, ad sets and ads, compares them with the copy stored at the last sync
 * ({@code meta:structure:<accountId>}: object id → the fields whose change matters) and publishes what changed. The
 * first sync of an account sets the baseline: only the account itself is announced, not every ad it already had.
 */
@Service
class StructureSync {

    private final GraphAdsReads reads;
    private final StringRedisTemplate redis;
    private final EventPublisher publisher;
    private final InsightsStore insights;
    private final SnapshotRepository overview;
    private final SyncProperties properties;

    StructureSync(
            GraphAdsReads reads,
            StringRedisTemplate redis,
            EventPublisher publisher,
            InsightsStore insights,
            SnapshotRepository overview,
            SyncProperties properties) {
        this.reads = reads;
        this.redis = redis;
        this.publisher = publisher;
        this.insights = insights;
        this.overview = overview;
        this.properties = properties;
    }

    /** @return the number of campaigns read */
    int sync(GraphAccessToken token, GraphAdsReads.Account account) {
        List<GraphAdsReads.Campaign> campaigns = reads.campaigns(token, account.id());
        List<GraphAdsReads.AdSet> adSets = reads.adSets(token, account.id());
        List<GraphAdsReads.Ad> ads = reads.ads(token, account.id());
        Instant now = Instant.now();
        String key = key(account.id());
        Map<String, String> stored = redis.<String, String>opsForHash().entries(key);
        boolean baseline = stored.isEmpty();

        Map<String, String> current = new HashMap<>();
        List<MetaStructureEvent> changes = new ArrayList<>();
        String fundingSource =
                account.fundingSource() == null ? null : account.fundingSource().display();
        String accountPrint = print(
                account.accountStatus(), account.disableReason(), account.balance(), account.spendCap(), fundingSource);
        current.put(account.id(), accountPrint);
        if (!accountPrint.equals(stored.get(account.id()))) {
            changes.add(new AdAccountChanged(
                    account.id(),
                    account.name(),
                    account.currency(),
                    account.accountStatus(),
                    account.disableReason(),
                    Objects.requireNonNullElse(account.balance(), "0"),
                    Objects.requireNonNullElse(account.spendCap(), "0"),
                    previousStatus(stored.get(account.id())),
                    now,
                    account.amountSpent(),
                    fundingSource));
        }
        for (GraphAdsReads.Campaign campaign : campaigns) {
            String print = print(
                    campaign.status(),
                    campaign.effectiveStatus(),
                    campaign.dailyBudget(),
                    campaign.name(),
                    campaign.lifetimeBudget(),
                    campaign.startTime(),
                    campaign.stopTime());
            current.put(campaign.id(), print);
            if (!baseline && !print.equals(stored.get(campaign.id()))) {
                changes.add(new CampaignChanged(
                        account.id(),
                        campaign.id(),
                        campaign.name(),
                        campaign.status(),
                        campaign.effectiveStatus(),
                        campaign.objective(),
                        campaign.dailyBudget(),
                        now,
                        campaign.lifetimeBudget(),
                        GraphTime.instant(campaign.startTime()),
                        GraphTime.instant(campaign.stopTime())));
            }
        }
        for (GraphAdsReads.AdSet adSet : adSets) {
            String print = print(
                    adSet.status(),
                    adSet.effectiveStatus(),
                    adSet.dailyBudget(),
                    adSet.name(),
                    adSet.lifetimeBudget(),
                    adSet.startTime(),
                    adSet.endTime());
            current.put(adSet.id(), print);
            if (!baseline && !print.equals(stored.get(adSet.id()))) {
                changes.add(new AdSetChanged(
                        account.id(),
                        adSet.id(),
                        adSet.campaignId(),
                        adSet.name(),
                        adSet.status(),
                        adSet.effectiveStatus(),
                        adSet.dailyBudget(),
                        adSet.lifetimeBudget(),
                        GraphTime.instant(adSet.startTime()),
                        GraphTime.instant(adSet.endTime()),
                        now));
            }
        }
        for (GraphAdsReads.Ad ad : ads) {
            String feedback = feedback(ad.reviewFeedback());
            String print = print(ad.status(), ad.effectiveStatus(), feedback, ad.name());
            current.put(ad.id(), print);
            if (!baseline && !print.equals(stored.get(ad.id()))) {
                changes.add(new AdChanged(
                        account.id(),
                        ad.id(),
                        ad.campaignId(),
                        ad.adSetId(),
                        ad.name(),
                        ad.effectiveStatus(),
                        feedback,
                        now));
            }
        }
        publish(changes, account.id());
        // Stored only once the changes are on Kafka: a crash in between announces them again, never loses them.
        redis.delete(key);
        redis.opsForHash().putAll(key, current);
        Map<String, String> parents = new HashMap<>();
        adSets.forEach(adSet -> parents.put(adSet.id(), adSet.campaignId()));
        ads.forEach(ad -> parents.put(ad.id(), ad.campaignId()));
        insights.parents(account.id(), parents);
        overview.save(overviewOf(account, campaigns), now);
        return campaigns.size();
    }

    private static MetaSnapshot.AdAccount overviewOf(
            GraphAdsReads.Account account, List<GraphAdsReads.Campaign> campaigns) {
        return new MetaSnapshot.AdAccount(
                account.id(),
                account.name(),
                account.currency(),
                account.accountStatus(),
                campaigns.stream()
                        .map(campaign -> new MetaSnapshot.Campaign(
                                campaign.id(),
                                campaign.name(),
                                campaign.status(),
                                campaign.objective(),
                                campaign.dailyBudget()))
                        .toList());
    }

    static String key(String accountId) {
        return "meta:structure:" + accountId;
    }

    private void publish(List<MetaStructureEvent> changes, String accountId) {
        CompletableFuture<?>[] sends = changes.stream().map(publisher::publish).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(sends).get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing the changes of " + accountId, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish the changes of " + accountId, e);
        }
    }

    private static @Nullable String feedback(@Nullable Map<String, Map<String, String>> review) {
        if (review == null || review.isEmpty()) {
            return null;
        }
        String text = review.values().stream()
                .flatMap(byPolicy -> byPolicy.entrySet().stream())
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining("; "));
        return text.isEmpty() ? null : text;
    }

    private static @Nullable Integer previousStatus(@Nullable String print) {
        return print == null ? null : Integer.valueOf(print.substring(0, print.indexOf('|')));
    }

    private static String print(@Nullable Object... fields) {
        List<String> parts = new ArrayList<>();
        for (Object field : fields) {
            parts.add(String.valueOf(field));
        }
        return String.join("|", parts);
    }
}
