package com.targetbot.meta.tokens;

import com.targetbot.events.meta.ConnectionRef;
import com.targetbot.events.meta.MetaTokenEvent;
import com.targetbot.events.meta.MetaTokenExpiring;
import com.targetbot.events.meta.MetaTokenHealthy;
import com.targetbot.events.meta.MetaTokenInvalid;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.meta.connections.ConnectionView;
import com.targetbot.meta.connections.StoredConnections;
import com.targetbot.meta.graph.GraphApiClient;
import com.targetbot.meta.graph.GraphApiException;
import com.targetbot.meta.graph.GraphTokenInfo;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One check of the Meta connections' tokens: ask Meta about each, record its answer on the connection, and announce
 * each connection's state on {@code meta.events}: an expiring or invalid token when the state starts and then at
 * every reminder interval, a healthy one at the connection's first check and when it leaves a problem state. The
 * first connection's answer is also the token status of {@code GET /meta/token}. When Meta cannot be asked (network,
 * 5xx, throttling) nothing is known about the token: the last answer stays and nothing is announced.
 */
@Service
class TokenCheck implements Runnable {

    static final String FAILURES = "meta.token.check.failures";

    private static final Logger log = LoggerFactory.getLogger(TokenCheck.class);
    /** Graph's code for a token it no longer accepts (expired, revoked, password changed). */
    private static final int INVALID_TOKEN = 190;

    private static final String VALID = "valid";

    private final GraphApiClient graph;
    private final StoredConnections connections;
    private final TokenStatusRepository statuses;
    private final EventPublisher publisher;
    private final TokenProperties properties;
    private final Counter failures;
    /** Whether the previous check failed too, so that an outage is logged once rather than at every check. */
    private boolean failing;

    TokenCheck(
            GraphApiClient graph,
            StoredConnections connections,
            TokenStatusRepository statuses,
            EventPublisher publisher,
            TokenProperties properties,
            MeterRegistry meters) {
        this.graph = graph;
        this.connections = connections;
        this.statuses = statuses;
        this.publisher = publisher;
        this.properties = properties;
        this.failures = Counter.builder(FAILURES)
                .description("Meta token checks that could not reach an answer from Meta; the last answer was kept")
                .register(meters);
    }

    /**
     * Checks every connection, refused ones too (a token can become valid again, e.g. after a new login). Serialised:
     * the start-up check and a scheduled or test-triggered one must not interleave their announcements.
     */
    @Override
    public synchronized void run() {
        List<ConnectionView> all = connections.all();
        for (int i = 0; i < all.size(); i++) {
            check(all.get(i), i == 0);
        }
    }

    /** Asks Meta about one connection's token, records the answer on the connection and announces its state. */
    private void check(ConnectionView connection, boolean first) {
        Instant now = Instant.now();
        TokenStatus status;
        try {
            status = fromAnswer(graph.debugToken(connections.token(connection.id())), now);
        } catch (GraphApiException e) {
            if (e.code() != INVALID_TOKEN) {
                failed(e);
                return;
            }
            // Meta refused the call itself as unauthorised: the integration cannot work until it is reconnected.
            status = new TokenStatus(false, connection.expiresAt(), now, e.getMessage());
        } catch (NoSuchElementException e) {
            // Removed while the check ran: nothing to record.
            return;
        } catch (IllegalStateException e) {
            // The token does not decrypt (its key was dropped): as useless as a revoked one.
            status = new TokenStatus(false, connection.expiresAt(), now, e.getMessage() + "; reconnect it");
        }
        if (failing) {
            failing = false;
            log.info("Meta answers the token check again");
        }
        connections.recordHealth(connection.id(), status.valid(), status.expiresAt(), status.problem(), now);
        if (first) {
            statuses.save(status);
        }
        announce(connection.connection().ref(), status);
    }

    /**
     * Problems are claimed per connection and state for the reminder interval; health is told only on a change of
     * state, which the atomic swap of the last state gives to one replica alone.
     */
    private void announce(ConnectionRef connection, TokenStatus status) {
        String state = state(status, properties.warnBefore());
        Optional<String> previous = statuses.swapState(connection.id(), state);
        boolean changed = !previous.equals(Optional.of(state));
        if (changed) {
            // A state that was left and came back is news again, whatever was announced before.
            statuses.forgetAnnouncement(connection.id(), state);
        }
        MetaTokenEvent event = event(connection, status, properties.warnBefore());
        boolean due = event instanceof MetaTokenHealthy
                ? changed
                : statuses.claimAnnouncement(connection.id(), state, properties.remindEvery());
        if (!due) {
            return;
        }
        try {
            publisher.publish(event).get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            unannounced(connection, state);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while announcing the Meta token state " + state, e);
        } catch (ExecutionException | TimeoutException e) {
            unannounced(connection, state);
            throw new IllegalStateException("Could not announce the Meta token state " + state, e);
        }
        if (event instanceof MetaTokenHealthy) {
            log.info("Announced on meta.events: {}", event);
        } else {
            log.warn("Announced on meta.events: {}", event);
        }
    }

    /** Forgets the state and its claim, so the next check finds a change and announces it. */
    private void unannounced(ConnectionRef connection, String state) {
        statuses.forgetState(connection.id());
        statuses.forgetAnnouncement(connection.id(), state);
    }

    /** Names the scheduled task: the scheduler's tasks show their runnable by it. */
    @Override
    public String toString() {
        return "Meta token check";
    }

    private void failed(GraphApiException e) {
        failures.increment();
        if (failing) {
            log.debug("Meta token check failed again: {}", e.getMessage());
        } else {
            failing = true;
            log.warn("Meta token check failed, keeping the last answer until Meta answers: {}", e.getMessage());
        }
    }

    static TokenStatus fromAnswer(GraphTokenInfo info, Instant checkedAt) {
        return new TokenStatus(info.valid(), info.expiresAt(), checkedAt, info.valid() ? null : info.problem());
    }

    /** What a status is announced as: an invalid token, one expiring within the warning time, or a healthy one. */
    static MetaTokenEvent event(ConnectionRef connection, TokenStatus status, Duration warnBefore) {
        if (!status.valid()) {
            return new MetaTokenInvalid(
                    connection,
                    status.problem() == null ? "Meta reports the access token as invalid" : status.problem(),
                    status.checkedAt());
        }
        if (expiresWithin(status, warnBefore)) {
            return new MetaTokenExpiring(connection, status.expiresAt(), status.checkedAt());
        }
        return new MetaTokenHealthy(connection, status.expiresAt(), status.checkedAt());
    }

    /** The state announcements are deduplicated by: a new expiry date is a new state. */
    static String state(TokenStatus status, Duration warnBefore) {
        if (!status.valid()) {
            return "invalid";
        }
        return expiresWithin(status, warnBefore)
                ? "expiring:" + status.expiresAt().getEpochSecond()
                : VALID;
    }

    private static boolean expiresWithin(TokenStatus status, Duration warnBefore) {
        Instant expiresAt = status.expiresAt();
        return expiresAt != null && !expiresAt.isAfter(status.checkedAt().plus(warnBefore));
    }
}
