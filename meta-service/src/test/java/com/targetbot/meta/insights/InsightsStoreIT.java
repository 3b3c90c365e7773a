package com.targetbot.meta.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.meta.AdInsightsDay;
import com.targetbot.meta.MetaServiceTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The projection's writes against real Redis: a day replaced whole, large or small, without a connection each. */
@MetaServiceTest
class InsightsStoreIT {

    private static final String ACCOUNT = "act_9000001";
    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);

    @Autowired
    InsightsStore store;

    @Autowired
    StringRedisTemplate redis;

    @AfterEach
    void forgetTheAccount() {
        redis.delete(IntStream.range(0, 30)
                .mapToObj(n -> InsightsStore.dayKey("ad", ACCOUNT, DAY.plusDays(n)))
                .toList());
        redis.delete("meta:insights:names:" + ACCOUNT);
        redis.opsForHash().delete("meta:insights:accounts", ACCOUNT);
    }

    @Test
    void anAdLevelDayLargerThanLuasUnpackLimitIsStoredWholeAndAShorterRestatementReplacesIt() {
        store.write(day(DAY, 5_000));

        assertThat(redis.opsForHash().size(InsightsStore.dayKey("ad", ACCOUNT, DAY)))
                .isEqualTo(5_000);
        assertThat(store.names(ACCOUNT)).containsEntry("ad-4999", "Ad 4999");
        assertThat(store.accounts()).containsEntry(ACCOUNT, new InsightsStore.AccountInfo("RUB", "7d_click,1d_view"));

        store.write(day(DAY, 2));

        assertThat(store.read("ad", List.of(ACCOUNT), DAY, DAY).get(ACCOUNT).get(DAY))
                .containsOnlyKeys("ad-0", "ad-1")
                .containsEntry(
                        "ad-1", new InsightsStore.Counts(new BigDecimal("1.50"), 100, 60, 5, 3, 1, Map.of("lead", 1L)));
    }

    @Test
    void countsStoredBeforeResultsWereCountedReadWithoutResults() {
        LocalDate day = DAY.minusDays(400);
        redis.opsForHash().put(InsightsStore.dayKey("ad", ACCOUNT, day), "ad-old", "2.00|10|8|2|1|0");

        assertThat(store.read("ad", List.of(ACCOUNT), day, day).get(ACCOUNT).get(day))
                .containsEntry("ad-old", new InsightsStore.Counts(new BigDecimal("2.00"), 10, 8, 2, 1, 0, Map.of()));
    }

    @Test
    void writingDaysOpensNoNewRedisConnections() {
        long before = connectionsReceived();

        IntStream.range(0, 30).forEach(n -> store.write(day(DAY.plusDays(n), 3)));

        // A MULTI without a pool took a new connection per day; a handful may come from other work meanwhile.
        assertThat(connectionsReceived()).isLessThan(before + 10);
    }

    private long connectionsReceived() {
        Properties stats = redis.execute((RedisCallback<Properties>)
                connection -> connection.serverCommands().info("stats"));
        return Long.parseLong(stats.getProperty("total_connections_received"));
    }

    private static AdInsightsDay day(LocalDate date, int ads) {
        List<AdInsightsDay.Row> rows = IntStream.range(0, ads)
                .mapToObj(i -> new AdInsightsDay.Row(
                        "ad-" + i, "Ad " + i, "1.50", 100, 60, 5, 3, 1, new AdInsightsDay.Result("lead", 1)))
                .toList();
        return new AdInsightsDay(ACCOUNT, "ad", date, "RUB", "7d_click,1d_view", rows, Instant.now());
    }
}
