package com.targetbot.meta.tokens;

import com.targetbot.events.meta.MetaTokenEvent;
import com.targetbot.events.meta.MetaTokenExpiring;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One check of the Meta connections' tokens: ask Meta about each, record its answer on the connection, and for the
 * first connection store it as the token status and announce an expiring or invalid token. When Meta cannot
 * be asked (network, 5xx, throttling) nothing is known about the token: the last answer stays and nothing is
 * announced.
 */
@Service
class TokenCheck {

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
    synchronized void run() {
        List<ConnectionView> all = connections.all();
        for (int i = 0; i < all.size(); i++) {
            check(all.get(i), i == 0);
        }
    }

    /**
     * Asks Meta about one connection's token and records the answer on the connection. The first connection's
     * answer is also the token status of {@code GET /meta/token} and of the announcements on {@code meta.events},
     * whose events do not name a connection yet.
     */
    private void check(ConnectionView connection, boolean announced) {
        Optional<TokenStatus> previous = announced ? statuses.find() : Optional.empty();
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
            status = new TokenStatus(
                    false, previous.map(TokenStatus::expiresAt).orElse(connection.expiresAt()), now, e.getMessage());
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
        if (announced) {
            statuses.save(status);
            announce(
                    status, previous.map(p -> state(p, properties.warnBefore())).orElse(null));
        }
    }

    private void announce(TokenStatus status, @Nullable String previousState) {
        String state = state(status, properties.warnBefore());
        if (!state.equals(previousState)) {
            // A state that was left and came back is news again, whatever was announced before.
            statuses.forgetAnnouncement(state);
        }
        Optional<MetaTokenEvent> event = event(status, properties.warnBefore());
        if (event.isEmpty() || !statuses.claimAnnouncement(state, properties.remindEvery())) {
            return;
        }
        try {
            publisher.publish(event.get()).get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            statuses.forgetAnnouncement(state);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while announcing the Meta token state " + state, e);
        } catch (ExecutionException | TimeoutException e) {
            // Unclaimed, so the next check announces it.
            statuses.forgetAnnouncement(state);
            throw new IllegalStateException("Could not announce the Meta token state " + state, e);
        }
        log.warn("Announced on meta.events: {}", event.get());
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

    /** What admins are told about a status, if anything: an invalid token, or one expiring within the warning time. */
    static Optional<MetaTokenEvent> event(TokenStatus status, Duration warnBefore) {
        if (!status.valid()) {
            return Optional.of(new MetaTokenInvalid(
                    status.problem() == null ? "Meta reports the access token as invalid" : status.problem(),
                    status.checkedAt()));
        }
        if (expiresWithin(status, warnBefore)) {
            return Optional.of(new MetaTokenExpiring(status.expiresAt(), status.checkedAt()));
        }
        return Optional.empty();
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
