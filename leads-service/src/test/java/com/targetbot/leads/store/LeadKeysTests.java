package com.targetbot.leads.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LeadKeysTests {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void leadCreatedLateInTheUtcEveningCountsForTheNextMoscowDay() {
        var createdAt = Instant.parse("2026-03-01T21:30:00Z");

        assertThat(LeadKeys.day(LeadKeys.dayOf(createdAt, MOSCOW))).isEqualTo("leads:count:day:2026-03-02");
        assertThat(LeadKeys.day(LeadKeys.dayOf(createdAt, ZoneId.of("UTC")))).isEqualTo("leads:count:day:2026-03-01");
    }

    @Test
    void everyKeyStartsWithTheServicePrefix() {
        assertThat(LeadKeys.lead("abc")).isEqualTo("leads:lead:abc");
        assertThat(LeadKeys.BY_CREATED).startsWith("leads:");
        assertThat(LeadKeys.TOTAL).startsWith("leads:");
    }
}
