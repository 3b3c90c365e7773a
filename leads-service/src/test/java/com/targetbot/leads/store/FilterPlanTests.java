package com.targetbot.leads.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.LeadStatus;
import com.targetbot.testkit.Leads;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterPlanTests {

    @Test
    void unfilteredListWalksTheCreationIndex() {
        assertThat(FilterPlan.drivingIndex(LeadFilter.NONE.indexKeys(), key -> 1))
                .isEqualTo(LeadKeys.BY_CREATED);
    }

    @Test
    void smallestIndexDrivesTheWalk() {
        var filter = new LeadFilter(LeadStatus.WON, LeadSource.API, "anna", null, null, null, null, null);
        Map<String, Long> sizes =
                Map.of("leads:idx:status:won", 500L, "leads:idx:source:api", 90_000L, "leads:idx:assignee:anna", 40L);

        assertThat(FilterPlan.drivingIndex(filter.indexKeys(), sizes::get)).isEqualTo("leads:idx:assignee:anna");
    }

    @Test
    void dateRangeAloneNarrowsTheCreationIndexByScore() {
        var filter = new LeadFilter(null, null, null, null, null, Instant.EPOCH, Instant.now(), null);

        assertThat(filter.indexKeys()).isEmpty();
    }

    @Test
    void contactLookupsUseTheirExactIndexesWithTheEmailLowerCased() {
        var filter = new LeadFilter(null, null, null, "+79990001122", "Anna@Example.COM", null, null, null);

        assertThat(filter.indexKeys())
                .isEqualTo(List.of("leads:idx:phone:+79990001122", "leads:idx:email:anna@example.com"));
    }

    @Test
    void leadMatchesOnlyWhenEveryCriterionHolds() {
        var lead = Lead.of(Leads.leadCreated()
                .name("Anna")
                .phone("+79990001122")
                .email("anna@example.com")
                .at(Instant.parse("2026-03-01T10:00:00Z"))
                .build());

        assertThat(new LeadFilter(LeadStatus.NEW, LeadSource.API, null, null, "ANNA@example.com", null, null, null)
                        .matches(lead))
                .isTrue();
        assertThat(new LeadFilter(LeadStatus.NEW, LeadSource.TELEGRAM, null, null, null, null, null, null)
                        .matches(lead))
                .isFalse();
        assertThat(new LeadFilter(null, null, null, null, null, null, Instant.parse("2026-03-01T10:00:00Z"), null)
                        .matches(lead))
                .as("to is exclusive")
                .isFalse();
    }
}
