package com.targetbot.leads.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.testkit.Leads;
import com.targetbot.testkit.RedisFixture;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The duplicate check in the insert's own step, against the orders in which two consumers can store. */
class DuplicateMarkingIT {

    private static final Instant EARLIER = Instant.parse("2031-05-01T10:00:00.001Z");
    private static final Instant LATER = Instant.parse("2031-05-01T10:00:00.002Z");

    private static LettuceConnectionFactory connections;
    private static LeadWrites writes;

    @BeforeAll
    static void connect() {
        // A database of its own: LeadsRebuildIT compares the service's whole keyspace before and after a rebuild.
        connections = RedisFixture.connect(8);
        writes = StoreFixture.writes(new StringRedisTemplate(connections));
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @Test
    void aLeadStoredSecondFindsTheFirstEvenWhenItReadTheClockFirst() {
        String phone = "+7999" + (1_000_000 + (System.nanoTime() % 9_000_000));
        // Consumer 2 read the clock after consumer 1 but stored first.
        var storedFirst = Lead.accepted(Leads.createLead().phone(phone).build(), LATER);
        var storedSecond = Lead.accepted(Leads.createLead().phone(phone).build(), EARLIER);

        assertThat(writes.insertMarkingDuplicates(storedFirst).duplicateOf()).isNull();
        assertThat(writes.insertMarkingDuplicates(storedSecond).duplicateOf()).isEqualTo(storedFirst.id());
    }

    @Test
    void aLeadOutsideTheWindowIsNoDuplicate() {
        String phone = "+7999" + (1_000_000 + (System.nanoTime() % 9_000_000));
        var old = Lead.accepted(Leads.createLead().phone(phone).build(), EARLIER.minus(Duration.ofDays(31)));
        var recent = Lead.accepted(Leads.createLead().phone(phone).build(), EARLIER);

        writes.insertMarkingDuplicates(old);

        assertThat(writes.insertMarkingDuplicates(recent).duplicateOf()).isNull();
    }
}
