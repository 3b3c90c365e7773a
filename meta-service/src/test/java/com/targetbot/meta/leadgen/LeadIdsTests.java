package com.targetbot.meta.leadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadIdsTests {

    private static final Instant CREATED = Instant.parse("2026-12-03T10:15:00Z");

    @Test
    void sameLeadgenIdGivesTheSameVersion7IdCarryingTheCreatedTime() {
        UUID id = UUID.fromString(LeadIds.of("4000000000001", CREATED));

        assertThat(LeadIds.of("4000000000001", CREATED)).isEqualTo(id.toString());
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(CREATED.toEpochMilli());
    }

    @Test
    void otherLeadsInTheSameMillisecondGetOtherIdsAndLaterLeadsSortAfter() {
        String first = LeadIds.of("4000000000001", CREATED);

        assertThat(LeadIds.of("4000000000002", CREATED)).isNotEqualTo(first);
        assertThat(LeadIds.of("4000000000000", CREATED.plusSeconds(1))).isGreaterThan(first);
    }
}
