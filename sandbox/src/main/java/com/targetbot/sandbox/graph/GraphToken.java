package com.targetbot.sandbox.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The life of each person's long-lived access token: valid for about 60 days from its issue, like a long-lived Graph
 * user token, unless a test moves its expiry or invalidates it (as a password change does on Facebook); a system
 * user's never expires. A new login issues it afresh with the permissions granted at that login.
 */
@Component
class GraphToken {

    /** About 60 days, what Graph reports for long-lived user tokens. */
    static final Duration LIFETIME = Duration.ofSeconds(5_183_944);
    /** Meta lets an app read a user's data for 90 days after the user last used it. */
    static final Duration DATA_ACCESS_LIFETIME = Duration.ofDays(90);

    /** How Graph words the expiry in its error text, e.g. "Wednesday, 25-Nov-26 16:00:00 PST"; UTC here. */
    private static final DateTimeFormatter GRAPH_ERROR_TIME = DateTimeFormatter.ofPattern(
                    "EEEE, dd-MMM-yy HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** Graph's short-lived user tokens, from a code exchange, last an hour or two. */
    static final Duration SHORT_LIFETIME = Duration.ofHours(2);

    private final GraphPeople people;
    private final Map<String, State> states = new ConcurrentHashMap<>();
    /** Short-lived tokens by value: made by a code exchange, good until they expire or are exchanged. */
    private final Map<String, ShortLived> shortLived = new ConcurrentHashMap<>();

    private final SecureRandom random = new SecureRandom();

    GraphToken(GraphPeople people) {
        this.people = people;
        people.all().forEach(person -> states.put(person.id(), fresh(person, GraphPeople.ALL_SCOPES)));
    }

    State state(GraphPeople.Person person) {
        return states.get(person.id());
    }

    /** Sets the expiry ({@code null}: never expires) and whether Meta still accepts the token at all. */
    State set(GraphPeople.Person person, @Nullable Instant expiresAt, boolean valid) {
        return states.compute(
                person.id(), (id, state) -> new State(state.issuedAt(), expiresAt, valid, state.scopes()));
    }

    /** A new login: the token is valid again for the full lifetime, with the permissions granted now. */
    State renew(GraphPeople.Person person, List<String> scopes) {
        State state = fresh(person, scopes);
        states.put(person.id(), state);
        return state;
    }

    /** A code exchange's token: a value of its own, the person's permissions, a life of {@link #SHORT_LIFETIME}. */
    String issueShortLived(GraphPeople.Person person) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String value = "short-" + HexFormat.of().formatHex(bytes);
        shortLived.put(value, new ShortLived(person, Instant.now().plus(SHORT_LIFETIME)));
        return value;
    }

    /**
     * Whose token this is and how it stands: a person's long-lived token, or a short-lived one (which shares the
     * person's permissions and revocation but has its own expiry). Empty for a token Graph never issued.
     */
    Optional<Issued> find(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        for (GraphPeople.Person person : people.all()) {
            if (MessageDigest.isEqual(
                    value.getBytes(StandardCharsets.UTF_8), person.token().getBytes(StandardCharsets.UTF_8))) {
                return Optional.of(new Issued(person, state(person)));
            }
        }
        ShortLived shortToken = shortLived.get(value);
        if (shortToken == null) {
            return Optional.empty();
        }
        State personal = state(shortToken.person());
        return Optional.of(new Issued(
                shortToken.person(),
                new State(personal.issuedAt(), shortToken.expiresAt(), personal.valid(), personal.scopes())));
    }

    /** Everyone back to a freshly issued token with every permission. */
    void resetAll() {
        people.all().forEach(person -> renew(person, GraphPeople.ALL_SCOPES));
    }

    private static State fresh(GraphPeople.Person person, List<String> scopes) {
        Instant now = Instant.now();
        return new State(now, person.kind() == GraphPeople.Kind.SYSTEM_USER ? null : now.plus(LIFETIME), true, scopes);
    }

    private record ShortLived(GraphPeople.Person person, Instant expiresAt) {}

    /** A token Graph issued: whose it is and its state now. */
    record Issued(GraphPeople.Person person, State state) {}

    /**
     * @param expiresAt {@code null} for a token that never expires
     * @param valid false once the token was revoked, whatever its expiry
     * @param scopes the permissions the person granted
     */
    record State(Instant issuedAt, @Nullable Instant expiresAt, boolean valid, List<String> scopes) {

        /** Graph's error for a call made with this token, or {@code null} while the token is valid. */
        @Nullable GraphException problemAt(Instant now) {
            if (!valid) {
                return GraphException.oauth(
                        190,
                        460,
                        "Error validating access token: The session has been invalidated because the user changed"
                                + " their password or Facebook has changed the session for security reasons.");
            }
            return expiredAt(expiresAt, now);
        }

        static @Nullable GraphException expiredAt(@Nullable Instant expiresAt, Instant now) {
            if (expiresAt != null && !now.isBefore(expiresAt)) {
                return GraphException.oauth(
                        190,
                        463,
                        "Error validating access token: Session has expired on %s. The current time is %s."
                                .formatted(GRAPH_ERROR_TIME.format(expiresAt), GRAPH_ERROR_TIME.format(now)));
            }
            return null;
        }
    }
}
