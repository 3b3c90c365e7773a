package com.targetbot.meta.insights;

import com.targetbot.events.meta.AdInsightsDay;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.meta.graph.GraphAccessToken;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Service;

/**
 * Reads an ad account's statistics of a range at every level and publishes one record per account, level and day
 * on {@code meta.insights}; returns once the broker has them all, so the caller may record the range as synced.
 */
@Service
public class InsightsSync {

    /** Coarsest first: if a read fails half-way, the account totals are the ones already in place. */
    public static final List<String> LEVELS = List.of("account", "campaign", "adset", "ad");

    private final InsightsReader reader;
    private final EventPublisher publisher;
    private final InsightsProperties properties;

    InsightsSync(InsightsReader reader, EventPublisher publisher, InsightsProperties properties) {
        this.reader = reader;
        this.publisher = publisher;
        this.properties = properties;
    }

    /**
     * @param beforeEachLevel run before each level is read, e.g. to renew the account's lease; what it throws ends
     *     the sync
     * @return the records published, one per level and day
     */
    public int sync(
            GraphAccessToken token,
            String accountId,
            String currency,
            LocalDate since,
            LocalDate until,
            Runnable beforeEachLevel) {
        int published = 0;
        for (String level : LEVELS) {
            beforeEachLevel.run();
            List<AdInsightsDay> days = reader.read(token, accountId, currency, level, since, until);
            CompletableFuture<?>[] sends = days.stream().map(publisher::publish).toArray(CompletableFuture[]::new);
            await(CompletableFuture.allOf(sends), accountId);
            published += days.size();
        }
        return published;
    }

    private void await(CompletableFuture<?> sends, String accountId) {
        try {
            sends.get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing the statistics of " + accountId, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish the statistics of " + accountId, e);
        }
    }
}
