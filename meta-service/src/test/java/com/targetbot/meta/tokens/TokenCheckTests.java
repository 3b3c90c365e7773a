package com.targetbot.meta.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.meta.ConnectionRef;
import com.targetbot.events.meta.MetaTokenExpiring;
import com.targetbot.events.meta.MetaTokenHealthy;
import com.targetbot.events.meta.MetaTokenInvalid;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenCheckTests {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);
    private static final ConnectionRef ANNA = new ConnectionRef("user-1", "Анна", ConnectionRef.Kind.USER);

    @Test
    void tokenExpiringExactlyAtTheWarningTimeIsExpiringAndOneSecondLaterIsHealthy() {
        var atTheEdge = new TokenStatus(true, NOW.plus(WEEK), NOW, null);
        var justAfter = new TokenStatus(true, NOW.plus(WEEK).plusSeconds(1), NOW, null);

        assertThat(TokenCheck.event(ANNA, atTheEdge, WEEK)).isEqualTo(new MetaTokenExpiring(ANNA, NOW.plus(WEEK), NOW));
        assertThat(TokenCheck.event(ANNA, justAfter, WEEK))
                .isEqualTo(new MetaTokenHealthy(ANNA, NOW.plus(WEEK).plusSeconds(1), NOW));
        assertThat(TokenCheck.state(justAfter, WEEK)).isEqualTo("valid");
    }

    @Test
    void tokenThatNeverExpiresIsHealthyWithoutAnExpiry() {
        assertThat(TokenCheck.event(ANNA, new TokenStatus(true, null, NOW, null), WEEK))
                .isEqualTo(new MetaTokenHealthy(ANNA, null, NOW));
    }

    @Test
    void invalidTokenIsAnnouncedWithMetasReasonWhateverItsExpiry() {
        var revoked = new TokenStatus(false, NOW.plus(Duration.ofDays(30)), NOW, "Session has been invalidated");

        assertThat(TokenCheck.event(ANNA, revoked, WEEK))
                .isEqualTo(new MetaTokenInvalid(ANNA, "Session has been invalidated", NOW));
        assertThat(TokenCheck.state(revoked, WEEK)).isEqualTo("invalid");
    }

    @Test
    void aNewExpiryDateIsANewStateToAnnounce() {
        var expiring = new TokenStatus(true, NOW.plus(Duration.ofDays(2)), NOW, null);
        var renewedButStillSoon = new TokenStatus(true, NOW.plus(Duration.ofDays(5)), NOW, null);

        assertThat(TokenCheck.state(expiring, WEEK)).isNotEqualTo(TokenCheck.state(renewedButStillSoon, WEEK));
    }
}
