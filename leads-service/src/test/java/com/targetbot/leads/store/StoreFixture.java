package com.targetbot.leads.store;

import com.targetbot.kit.agency.AgencyCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The store's writes without Spring, for tests on a Redis database of their own. */
final class StoreFixture {

    private StoreFixture() {}

    /** Writes with the service's defaults: a 30-day duplicate window, the agency in Moscow. */
    static LeadWrites writes(StringRedisTemplate redis) {
        return new LeadWrites(
                redis,
                new LeadQueries(redis),
                new StoreProperties(Duration.ofDays(30)),
                new AgencyCalendar(ZoneId.of("Europe/Moscow"), Clock.systemUTC()));
    }
}
