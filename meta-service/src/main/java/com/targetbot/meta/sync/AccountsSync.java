package com.targetbot.meta.sync;

import com.targetbot.events.meta.AdAccountsSyncFailed;
import com.targetbot.events.meta.AdAccountsSynced;
import com.targetbot.events.meta.MetaEvent;
import com.targetbot.events.meta.MetaOutcome;
import com.targetbot.events.meta.MetaTokenInvalid;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.meta.connections.Connections;
import com.targetbot.meta.connections.MetaConnection;
import com.targetbot.meta.graph.GraphAccessToken;
import com.targetbot.meta.graph.GraphApiException;
import com.targetbot.meta.insights.InsightsSync;
import com.targetbot.meta.lease.Leases;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Service;

/**
 * The scheduled synchronisation: for every active connection, every ad account it sees, one account at a time
 * across replicas ({@link Leases}): the structure (nightly, and when an account is first seen), then the
 * statistics of the scope's days. Throttling is waited out (the governor paces the calls, retries back off); an
 * invalid token (190) stops that connection's run and announces {@link MetaTokenInvalid}; any other failure is
 * recorded for its account ({@link AccountSyncState}) and the run goes on with the next account.
 */
@Service
public class AccountsSync {

    /** What a run reads. */
    public enum Scope {
        /** Today's and yesterday's statistics. */
        RECENT,
        /** The structure and the days Meta may still restate. */
        NIGHTLY
    }

    private static final Logger log = LoggerFactory.getLogger(AccountsSync.class);
    private static final int TOKEN_INVALID = 190;

    private final Connections connections;
    private final GraphAdsReads reads;
    private final StructureSync structure;
    private final InsightsSync insights;
    private final Leases lock;
    private final AccountSyncState state;
    private final SyncOutcomeRepository outcomes;
    private final EventPublisher publisher;
    private final ScheduledSyncProperties schedule;
    private final SyncProperties properties;
    private final RetryTemplate retry;

    AccountsSync(
            Connections connections,
            GraphAdsReads reads,
            StructureSync structure,
            InsightsSync insights,
            Leases lock,
            AccountSyncState state,
            SyncOutcomeRepository outcomes,
            EventPublisher publisher,
            ScheduledSyncProperties schedule,
            SyncProperties properties) {
        this.connections = connections;
        this.reads = reads;
        this.structure = structure;
        this.insights = insights;
        this.lock = lock;
        this.state = state;
        this.outcomes = outcomes;
        this.publisher = publisher;
        this.schedule = schedule;
        this.properties = properties;
        this.retry = properties.retryTemplate();
    }

    /** One run over every connection; returns what it did, also published as the run's outcome. */
    public Run run(Scope scope) {
        return run(scope, UUID.randomUUID().toString());
    }

    /** As {@link #run(Scope)}, under the id of whoever asked for it (a {@code SyncAdAccounts} command's sync id). */
    Run run(Scope scope, String runId) {
        Run run = new Run(runId, scope, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int campaigns = 0;
        for (MetaConnection connection : connections.active()) {
            campaigns += syncConnection(connection, run);
        }
        MetaEvent outcome = run.failed().isEmpty()
                ? new AdAccountsSynced(run.id(), run.synced().size(), campaigns, Instant.now())
                : new AdAccountsSyncFailed(run.id(), String.join("; ", run.failed()), Instant.now());
        outcomes.save(SyncOutcome.of(outcome));
        publish(outcome);
        log.info(
                "Sync {} ({}): {} accounts synced, {} held by another run, {} failed",
                run.id(),
                scope,
                run.synced().size(),
                run.skipped().size(),
                run.failed().size());
        return run;
    }

    private int syncConnection(MetaConnection connection, Run run) {
        GraphAccessToken token = connections.token(connection.id());
        List<GraphAdsReads.Account> accounts;
        try {
            accounts = retried(() -> reads.accounts(token));
        } catch (GraphApiException e) {
            fail(connection, run, "ad accounts", e);
            return 0;
        }
        int campaigns = 0;
        for (GraphAdsReads.Account account : accounts) {
            Optional<Leases.Lease> lease = lock.tryLock(account.id(), schedule.lockTtl());
            if (lease.isEmpty()) {
                run.skipped().add(account.id());
                continue;
            }
            try (Leases.Lease held = lease.get()) {
                campaigns += syncAccount(token, account, run, held);
            } catch (Leases.LostException e) {
                // Another run holds the account now; what this one stored is valid, the rest is that run's.
                log.warn("Sync {}: {}", run.id(), e.getMessage());
                run.skipped().add(account.id());
            } catch (GraphApiException e) {
                fail(connection, run, account.id(), e);
                if (e.code() == TOKEN_INVALID) {
                    break; // Every further call with this token fails the same way: stop and tell the admins.
                }
            }
        }
        return campaigns;
    }

    private int syncAccount(GraphAccessToken token, GraphAdsReads.Account account, Run run, Leases.Lease held) {
        LocalDate today = LocalDate.now(ZoneId.of(account.timezoneName()));
        boolean firstSeen = !state.backfilled(account.id());
        // A run that does not read the structure reports the campaigns of the last read, so /status stays true.
        int campaigns = state.campaigns(account.id());
        String step = "structure";
        try {
            if (firstSeen || run.scope() == Scope.NIGHTLY) {
                campaigns = retried(() -> structure.sync(token, account));
                state.structureSynced(account.id(), campaigns, Instant.now());
            }
            step = "insights";
            LocalDate since = today.minusDays(
                    firstSeen
                            ? schedule.backfillDays() - 1
                            : run.scope() == Scope.NIGHTLY ? schedule.restatedDays() : 1);
            retried(() -> insights.sync(
                    token, account.id(), account.currency(), since, today, () -> held.keep(schedule.lockTtl())));
            state.insightsSynced(account.id(), since, today, Instant.now());
            run.synced().add(account.id());
            return campaigns;
        } catch (GraphApiException e) {
            state.failed(account.id(), step, e.getMessage(), Instant.now());
            throw e;
        }
    }

    private void fail(MetaConnection connection, Run run, String what, GraphApiException e) {
        run.failed().add(what + ": " + e.getMessage());
        log.warn("Sync {} of connection {} failed on {}: {}", run.id(), connection.id(), what, e.getMessage());
        if (e.code() == TOKEN_INVALID) {
            publish(new MetaTokenInvalid(connection.ref(), e.getMessage(), Instant.now()));
        }
    }

    private <T> T retried(Supplier<T> call) {
        try {
            return retry.execute(call::get);
        } catch (RetryException e) {
            if (e.getLastException() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getLastException());
        }
    }

    private void publish(MetaOutcome outcome) {
        try {
            publisher.publish(outcome).get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                    "Interrupted while publishing " + outcome.getClass().getSimpleName(), e);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Could not publish " + outcome.getClass().getSimpleName(), e);
        }
    }

    /**
     * @param synced ad accounts whose structure and statistics were stored
     * @param skipped ad accounts another run held
     * @param failed what failed and why
     */
    public record Run(String id, Scope scope, List<String> synced, List<String> skipped, List<String> failed) {}
}
