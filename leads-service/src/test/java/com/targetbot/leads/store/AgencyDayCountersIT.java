package com.targetbot.leads.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.kit.agency.AgencyCalendar;
import com.targetbot.testkit.Leads;
import com.targetbot.testkit.RedisFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The day counters follow the agency's zone, not UTC: moved to Auckland, a lead counts for Auckland's day. */
class AgencyDayCountersIT {

    // 2031: a year no other test writes day counters for. 11:30 UTC on 1 March is 00:30 on the 2nd in Auckland.
    private static final Instant CREATED = Instant.parse("2031-03-01T11:30:00Z");
    private static final Instant NOW = Instant.parse("2031-03-01T12:00:00Z");

    private static LettuceConnectionFactory connections;

    @BeforeAll
    static void connect() {
        // A database of its own: LeadsRebuildIT compares the service's whole keyspace before and after a rebuild.
        connections = RedisFixture.connect(7);
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @Test
    void aLeadCountsForTheAgencysDayAndTodayIsTheAgencysToday() {
        var auckland = new AgencyCalendar(ZoneId.of("Pacific/Auckland"), Clock.fixed(NOW, ZoneOffset.UTC));
        var redis = new StringRedisTemplate(connections);
        var queries = new LeadQueries(redis);
        var writes = new LeadWrites(redis, queries, new StoreProperties(Duration.ofDays(30)), auckland);

        writes.insert(Lead.accepted(Leads.createLead().name("Aroha").phone(null).build(), CREATED));

        LeadStats stats = new LeadCounters(redis, auckland).stats();
        assertThat(stats.byDay().getLast().day()).isEqualTo(LocalDate.of(2031, 3, 2));
        assertThat(stats.today()).as("created after midnight in Auckland").isEqualTo(1);
        assertThat(stats.yesterday())
                .as("1 March in Auckland, the day the lead was created in UTC")
                .isZero();
    }
}
