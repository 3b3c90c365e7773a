package com.targetbot.meta.sync;

import com.targetbot.events.meta.AdAccountsSyncFailed;
import com.targetbot.events.meta.AdAccountsSynced;
import com.targetbot.events.meta.MetaEvent;
import com.targetbot.events.meta.SyncAdAccounts;
import com.targetbot.kit.idempotency.IdempotencyGuard;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.meta.connections.Connections;
import com.targetbot.meta.connections.MetaConnection;
import com.targetbot.meta.graph.GraphAccessToken;
import com.targetbot.meta.graph.GraphAdAccount;
import com.targetbot.meta.graph.GraphApiClient;
import com.targetbot.meta.graph.GraphApiException;
import com.targetbot.meta.graph.GraphCampaign;
import com.targetbot.meta.stats.MetaSnapshot;
import com.targetbot.meta.stats.SnapshotRepository;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Service;

/**
 * One synchronisation: read every ad account and its campaigns, store the snapshot, record and publish
 * the outcome. A Graph failure that retrying cannot fix ends as {@link AdAccountsSyncFailed} and leaves
 * the previous snapshot in place; a failure to store or publish is thrown so Kafka redelivers the command.
 */
@Service
class AdAccountSync {

    private static final Logger log = LoggerFactory.getLogger(AdAccountSync.class);
    private static final String IDEMPOTENCY_SCOPE = "sync-ad-accounts";

    private final GraphApiClient graph;
    private final Connections connections;
    private final SnapshotRepository snapshots;
    private final SyncOutcomeRepository outcomes;
    private final EventPublisher publisher;
    private final IdempotencyGuard guard;
    private final SyncProperties properties;
    private final RetryTemplate retry;

    AdAccountSync(
            GraphApiClient graph,
            Connections connections,
            SnapshotRepository snapshots,
            SyncOutcomeRepository outcomes,
            EventPublisher publisher,
            IdempotencyGuard guard,
            SyncProperties properties) {
        this.graph = graph;
        this.connections = connections;
        this.snapshots = snapshots;
        this.outcomes = outcomes;
        this.publisher = publisher;
        this.guard = guard;
        this.properties = properties;
        this.retry = properties.retryTemplate();
    }

    /**
     * Idempotent by sync id: a redelivered command finds its id claimed and is skipped; a run that throws
     * releases the claim, so the redelivery runs it again.
     */
    void handle(SyncAdAccounts command) {
        boolean ran = guard.runOnce(
                IDEMPOTENCY_SCOPE, command.syncId(), properties.dedupeWindow(), () -> run(command.syncId()));
        if (!ran) {
            log.info("Sync {} was handled before; skipping the redelivered command", command.syncId());
        }
    }

    private void run(String syncId) {
        MetaEvent outcome = synchronise(syncId);
        outcomes.save(SyncOutcome.of(outcome));
        publish(outcome);
    }

    private MetaEvent synchronise(String syncId) {
        // The ad accounts are read as the first connection Meta still accepts.
        MetaConnection connection = connections.active().stream().findFirst().orElse(null);
        if (connection == null) {
            log.warn("Sync {} failed: no active Meta connection", syncId);
            return new AdAccountsSyncFailed(
                    syncId, "No active Meta connection: an admin connects one at /auth/facebook", Instant.now());
        }
        try {
            GraphAccessToken token = connections.token(connection.id());
            MetaSnapshot snapshot = retry.execute(() -> read(token));
            snapshots.save(snapshot);
            log.info(
                    "Sync {} stored {} ad accounts with {} campaigns",
                    syncId,
                    snapshot.totals().adAccounts(),
                    snapshot.totals().campaigns());
            return new AdAccountsSynced(
                    syncId, snapshot.totals().adAccounts(), snapshot.totals().campaigns(), snapshot.syncedAt());
        } catch (RetryException e) {
            if (!(e.getLastException() instanceof GraphApiException failure)) {
                throw e.getLastException() instanceof RuntimeException unexpected
                        ? unexpected
                        : new IllegalStateException("Sync " + syncId + " failed", e.getLastException());
            }
            String reason = failure.retryable()
                    ? "Gave up after " + e.getExceptions().size() + " attempts: " + failure.getMessage()
                    : failure.getMessage();
            log.warn("Sync {} failed, the previous snapshot stays: {}", syncId, reason);
            return new AdAccountsSyncFailed(syncId, reason, Instant.now());
        }
    }

    private MetaSnapshot read(GraphAccessToken token) {
        var accounts = graph.adAccounts(token).stream()
                .map(account -> withCampaigns(token, account))
                .toList();
        return MetaSnapshot.of(Instant.now(), accounts);
    }

    private MetaSnapshot.AdAccount withCampaigns(GraphAccessToken token, GraphAdAccount account) {
        var campaigns = graph.campaigns(token, account.id()).stream()
                .map(AdAccountSync::toCampaign)
                .toList();
        return new MetaSnapshot.AdAccount(
                account.id(), account.name(), account.currency(), account.accountStatus(), campaigns);
    }

    private static MetaSnapshot.Campaign toCampaign(GraphCampaign campaign) {
        return new MetaSnapshot.Campaign(
                campaign.id(), campaign.name(), campaign.status(), campaign.objective(), campaign.dailyBudget());
    }

    /** Waits for the broker's acknowledgement, so the command's offset is committed only after it. */
    private void publish(MetaEvent outcome) {
        try {
            publisher.publish(outcome).get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing the outcome of sync " + outcome.syncId(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish the outcome of sync " + outcome.syncId(), e);
        }
    }
}
