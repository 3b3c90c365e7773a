package com.targetbot.meta.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;

import com.targetbot.events.Event;
import com.targetbot.events.meta.AdAccountsSyncFailed;
import com.targetbot.events.meta.AdAccountsSynced;
import com.targetbot.events.meta.SyncAdAccounts;
import com.targetbot.kit.idempotency.IdempotencyGuard;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.meta.connections.ConnectionKind;
import com.targetbot.meta.connections.Connections;
import com.targetbot.meta.connections.MetaConnection;
import com.targetbot.meta.graph.GraphAccessToken;
import com.targetbot.meta.graph.GraphAdAccount;
import com.targetbot.meta.graph.GraphApiClient;
import com.targetbot.meta.graph.GraphApiException;
import com.targetbot.meta.graph.GraphCampaign;
import com.targetbot.meta.stats.MetaSnapshot;
import com.targetbot.meta.stats.SnapshotRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class AdAccountSyncTests {

    static final int RETRIES = 2;

    final GraphApiClient graph = mock(GraphApiClient.class);
    final SnapshotRepository snapshots = mock(SnapshotRepository.class);
    final SyncOutcomeRepository outcomes = mock(SyncOutcomeRepository.class);
    final EventPublisher publisher = mock(EventPublisher.class);
    final IdempotencyGuard guard = mock(IdempotencyGuard.class);
    final SyncProperties properties = new SyncProperties(
            RETRIES,
            Duration.ofMillis(1),
            Duration.ofMillis(2),
            Duration.ofHours(1),
            Duration.ofDays(1),
            Duration.ofSeconds(1));
    final Connections connections = mock(Connections.class);
    final AdAccountSync sync = new AdAccountSync(graph, connections, snapshots, outcomes, publisher, guard, properties);

    final SyncAdAccounts command = new SyncAdAccounts("sync-1", "admin:test", Instant.now());

    @BeforeEach
    void guardRunsEveryAction() {
        given(guard.runOnce(eq("sync-ad-accounts"), anyString(), any(), any())).willAnswer(call -> {
            call.<Runnable>getArgument(3).run();
            return true;
        });
        given(publisher.publish(any(Event.class))).willReturn(CompletableFuture.completedFuture(null));
        given(connections.active()).willReturn(List.of(new MetaConnection("user-1", "Анна", ConnectionKind.USER)));
        given(connections.token("user-1")).willReturn(new GraphAccessToken("token-of-user-1"));
    }

    @Test
    void successfulReadStoresTheSnapshotAndPublishesItsCounts() {
        given(graph.adAccounts(any()))
                .willReturn(List.of(
                        new GraphAdAccount("act_1", "One", "RUB", 1), new GraphAdAccount("act_2", "Two", "USD", 1)));
        given(graph.campaigns(any(), eq("act_1")))
                .willReturn(List.of(
                        new GraphCampaign("c1", "Leads", "ACTIVE", "OUTCOME_LEADS", 5000L),
                        new GraphCampaign("c2", "Traffic", "PAUSED", null, null)));
        given(graph.campaigns(any(), eq("act_2"))).willReturn(List.of());

        sync.handle(command);

        var snapshot = ArgumentCaptor.forClass(MetaSnapshot.class);
        then(snapshots).should().save(snapshot.capture());
        assertThat(snapshot.getValue().totals()).isEqualTo(new MetaSnapshot.Totals(2, 2));
        assertThat(snapshot.getValue().adAccounts().getFirst().campaigns())
                .containsExactly(
                        new MetaSnapshot.Campaign("c1", "Leads", "ACTIVE", "OUTCOME_LEADS", 5000L),
                        new MetaSnapshot.Campaign("c2", "Traffic", "PAUSED", null, null));
        then(publisher)
                .should()
                .publish(
                        new AdAccountsSynced("sync-1", 2, 2, snapshot.getValue().syncedAt()));
        then(outcomes)
                .should()
                .save(new SyncOutcome(
                        "sync-1",
                        SyncOutcome.Status.SYNCED,
                        2,
                        2,
                        null,
                        snapshot.getValue().syncedAt()));
    }

    @Test
    void invalidTokenFailsTheSyncAtOnceAndKeepsThePreviousSnapshot() {
        given(graph.adAccounts(any())).willThrow(new GraphApiException(190, "Error validating access token"));

        sync.handle(command);

        then(graph).should(times(1)).adAccounts(any());
        then(snapshots).should(never()).save(any());
        var failed = publishedFailure();
        assertThat(failed.syncId()).isEqualTo("sync-1");
        assertThat(failed.reason()).isEqualTo("Graph API error 190: Error validating access token");
        then(outcomes)
                .should()
                .save(new SyncOutcome(
                        "sync-1", SyncOutcome.Status.FAILED, null, null, failed.reason(), failed.failedAt()));
    }

    @Test
    void throttledReadIsRetriedAndReportedFailedAfterTheLastAttempt() {
        given(graph.adAccounts(any())).willThrow(new GraphApiException(17, "User request limit reached"));

        sync.handle(command);

        then(graph).should(times(RETRIES + 1)).adAccounts(any());
        then(snapshots).should(never()).save(any());
        assertThat(publishedFailure().reason())
                .isEqualTo("Gave up after 3 attempts: Graph API error 17: User request limit reached");
    }

    @Test
    void throttledReadThatRecoversStoresTheSnapshot() {
        given(graph.adAccounts(any()))
                .willThrow(new GraphApiException(613, "Calls within one hour have exceeded the rate"))
                .willReturn(List.of(new GraphAdAccount("act_1", "One", "RUB", 1)));
        given(graph.campaigns(any(), eq("act_1"))).willReturn(List.of());

        sync.handle(command);

        then(snapshots).should().save(any());
        then(publisher).should().publish(any(AdAccountsSynced.class));
    }

    @Test
    void outcomeThatCannotBePublishedIsThrownSoKafkaRedeliversTheCommand() {
        given(graph.adAccounts(any())).willReturn(List.of());
        given(publisher.publish(any(Event.class)))
                .willReturn(CompletableFuture.failedFuture(new IllegalStateException("broker down")));

        assertThatThrownBy(() -> sync.handle(command))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sync-1");
    }

    @Test
    void unexpectedFailureIsNotReportedAsAGraphFailure() {
        given(graph.adAccounts(any())).willThrow(new IllegalArgumentException("bug"));

        assertThatThrownBy(() -> sync.handle(command)).isInstanceOf(IllegalArgumentException.class);
        then(publisher).should(never()).publish(any(Event.class));
    }

    @Test
    void redeliveredCommandIsSkipped() {
        given(guard.runOnce(eq("sync-ad-accounts"), eq("sync-1"), any(), any())).willReturn(false);

        sync.handle(command);

        then(graph).shouldHaveNoInteractions();
        then(publisher).shouldHaveNoInteractions();
    }

    AdAccountsSyncFailed publishedFailure() {
        var event = ArgumentCaptor.forClass(Event.class);
        then(publisher).should().publish(event.capture());
        assertThat(event.getValue()).isInstanceOf(AdAccountsSyncFailed.class);
        return (AdAccountsSyncFailed) event.getValue();
    }
}
