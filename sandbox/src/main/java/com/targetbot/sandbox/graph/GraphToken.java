package com.targetbot.sandbox.graph;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The life of the sandbox user's one access token: valid for about 60 days from its issue, like a long-lived Graph
 * user token, unless a test moves its expiry or invalidates it (as a password change does on Facebook). A new
 * OAuth exchange issues it afresh.
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

    private State state = fresh();

    synchronized State state() {
        return state;
    }

    /** Sets the expiry ({@code null}: never expires) and whether Meta still accepts the token at all. */
    synchronized State set(@Nullable Instant expiresAt, boolean valid) {
        state = new State(state.issuedAt(), expiresAt, valid);
        return state;
    }

    /** A new login: the token is valid again for the full lifetime. */
    synchronized State renew() {
        state = fresh();
        return state;
    }

    private static State fresh() {
        Instant now = Instant.now();
        return new State(now, now.plus(LIFETIME), true);
    }

    /**
     * @param expiresAt {@code null} for a token that never expires
     * @param valid false once the token was revoked, whatever its expiry
     */
    record State(Instant issuedAt, @Nullable Instant expiresAt, boolean valid) {

        /** Graph's error for a call made with this token, or {@code null} while the token is valid. */
        @Nullable GraphException problemAt(Instant now) {
            if (!valid) {
                return GraphException.oauth(
                        190,
                        460,
                        "Error validating access token: The session has been invalidated because the user changed"
                                + " their password or Facebook has changed the session for security reasons.");
            }
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
