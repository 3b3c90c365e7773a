package com.targetbot.meta.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.meta.MetaTokenExpiring;
import com.targetbot.events.meta.MetaTokenInvalid;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenCheckTests {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void tokenExpiringExactlyAtTheWarningTimeIsAnnouncedAndOneSecondLaterIsNot() {
        var atTheEdge = new TokenStatus(true, NOW.plus(WEEK), NOW, null);
        var justAfter = new TokenStatus(true, NOW.plus(WEEK).plusSeconds(1), NOW, null);

        assertThat(TokenCheck.event(atTheEdge, WEEK))
                .containsInstanceOf(MetaTokenExpiring.class)
                .hasValueSatisfying(event ->
                        assertThat(((MetaTokenExpiring) event).expiresAt()).isEqualTo(NOW.plus(WEEK)));
        assertThat(TokenCheck.event(justAfter, WEEK)).isEmpty();
        assertThat(TokenCheck.state(justAfter, WEEK)).isEqualTo("valid");
    }

    @Test
    void tokenThatNeverExpiresIsNeverAnnounced() {
        assertThat(TokenCheck.event(new TokenStatus(true, null, NOW, null), WEEK))
                .isEmpty();
    }

    @Test
    void invalidTokenIsAnnouncedWithMetasReasonWhateverItsExpiry() {
        var revoked = new TokenStatus(false, NOW.plus(Duration.ofDays(30)), NOW, "Session has been invalidated");

        assertThat(TokenCheck.event(revoked, WEEK)).hasValue(new MetaTokenInvalid("Session has been invalidated", NOW));
        assertThat(TokenCheck.state(revoked, WEEK)).isEqualTo("invalid");
    }

    @Test
    void aNewExpiryDateIsANewStateToAnnounce() {
        var expiring = new TokenStatus(true, NOW.plus(Duration.ofDays(2)), NOW, null);
        var renewedButStillSoon = new TokenStatus(true, NOW.plus(Duration.ofDays(5)), NOW, null);

        assertThat(TokenCheck.state(expiring, WEEK)).isNotEqualTo(TokenCheck.state(renewedButStillSoon, WEEK));
    }
}
