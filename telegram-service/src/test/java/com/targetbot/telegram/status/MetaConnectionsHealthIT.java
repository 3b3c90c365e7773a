package com.targetbot.telegram.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.meta.AdAccountsSynced;
import com.targetbot.events.meta.ConnectionRef;
import com.targetbot.events.meta.MetaTokenExpiring;
import com.targetbot.events.meta.MetaTokenHealthy;
import com.targetbot.events.meta.MetaTokenInvalid;
import com.targetbot.telegram.status.MetaConnectionsHealth.Health;
import com.targetbot.telegram.status.MetaConnectionsHealth.State;
import com.targetbot.testkit.RedisFixture;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The bot's projection of the Meta connections' token health over a real Redis (a database of its own). */
class MetaConnectionsHealthIT {

    private static final Instant CHECKED = Instant.parse("2026-11-25T09:00:00Z");
    private static final ConnectionRef ANNA = new ConnectionRef("user-1", "Анна", ConnectionRef.Kind.USER);
    private static final ConnectionRef AGENCY =
            new ConnectionRef("system-2", "Agency system user", ConnectionRef.Kind.SYSTEM_USER);

    private static LettuceConnectionFactory connections;

    private final StringRedisTemplate redis = new StringRedisTemplate(connections);
    private final MetaConnectionsHealth health =
            new MetaConnectionsHealth(redis, JsonMapper.builder().build());

    @BeforeAll
    static void connect() {
        connections = RedisFixture.connect(8);
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @BeforeEach
    void empty() {
        redis.delete(MetaConnectionsHealth.KEY);
    }

    @Test
    void nothingHeardIsNoConnection() {
        assertThat(health.all()).isEmpty();
    }

    @Test
    void eachConnectionKeepsItsLatestStateAndTheyAreListedByName() {
        Instant expiresAt = CHECKED.plus(Duration.ofDays(3));

        health.on(new MetaTokenHealthy(ANNA, CHECKED.plus(Duration.ofDays(60)), CHECKED));
        health.on(new MetaTokenInvalid(AGENCY, "session expired", CHECKED));
        health.on(new MetaTokenExpiring(ANNA, expiresAt, CHECKED.plusSeconds(60)));
        health.on(new AdAccountsSynced("sync-1", 3, 42, CHECKED));

        assertThat(health.all())
                .containsExactly(
                        new Health("system-2", "Agency system user", State.INVALID, null, "session expired", CHECKED),
                        new Health("user-1", "Анна", State.EXPIRING, expiresAt, null, CHECKED.plusSeconds(60)));
    }

    @Test
    void aConnectionThatWorksAgainIsShownWorkingAndAnOlderCheckRedeliveredDoesNotUndoIt() {
        var invalid = new MetaTokenInvalid(ANNA, "session expired", CHECKED);

        health.on(invalid);
        health.on(new MetaTokenHealthy(ANNA, null, CHECKED.plusSeconds(60)));
        health.on(invalid);

        assertThat(health.all())
                .containsExactly(new Health("user-1", "Анна", State.WORKS, null, null, CHECKED.plusSeconds(60)));
    }

    @Test
    void aV1AlertNamesNoConnectionAndIsNotProjected() {
        health.on(new MetaTokenInvalid(null, "session expired", CHECKED));

        assertThat(health.all()).isEmpty();
    }
}
