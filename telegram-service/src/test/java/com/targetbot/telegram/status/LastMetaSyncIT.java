package com.targetbot.telegram.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.meta.AdAccountsSyncFailed;
import com.targetbot.events.meta.AdAccountsSynced;
import com.targetbot.events.meta.ConnectionRef;
import com.targetbot.events.meta.MetaTokenInvalid;
import com.targetbot.testkit.RedisFixture;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The bot's projection of the last Meta sync over a real Redis (a database of its own). */
class LastMetaSyncIT {

    private static LettuceConnectionFactory connections;

    private final StringRedisTemplate redis = new StringRedisTemplate(connections);
    private final LastMetaSync lastSync = new LastMetaSync(redis);

    @BeforeAll
    static void connect() {
        connections = RedisFixture.connect(7);
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @BeforeEach
    void empty() {
        redis.delete(LastMetaSync.KEY);
    }

    @Test
    void noSyncSeenIsEmpty() {
        assertThat(lastSync.find()).isEmpty();
    }

    @Test
    void olderSyncArrivingLateDoesNotReplaceTheNewer() {
        Instant newer = Instant.parse("2026-11-25T09:30:00Z");

        lastSync.on(new AdAccountsSynced("sync-2", 3, 42, newer));
        lastSync.on(new AdAccountsSynced("sync-1", 2, 40, newer.minusSeconds(3600)));

        assertThat(lastSync.find()).contains(new LastMetaSync.Sync(newer, 3, 42));
        assertThat(redis.opsForZSet().size(LastMetaSync.KEY)).isOne();
    }

    @Test
    void redeliveredSyncFailuresAndTokenAlertsLeaveTheLastSyncAsItWas() {
        Instant syncedAt = Instant.parse("2026-11-25T09:30:00Z");
        var synced = new AdAccountsSynced("sync-3", 3, 42, syncedAt);

        lastSync.on(synced);
        lastSync.on(synced);
        lastSync.on(new AdAccountsSyncFailed("sync-4", "Graph API answered 500", syncedAt.plusSeconds(60)));
        lastSync.on(new MetaTokenInvalid(
                new ConnectionRef("user-1", "Анна", ConnectionRef.Kind.USER),
                "session expired",
                syncedAt.plusSeconds(120)));

        assertThat(lastSync.find()).contains(new LastMetaSync.Sync(syncedAt, 3, 42));
        assertThat(redis.opsForZSet().size(LastMetaSync.KEY)).isOne();
    }
}
