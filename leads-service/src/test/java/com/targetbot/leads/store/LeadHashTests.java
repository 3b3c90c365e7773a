package com.targetbot.leads.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.LeadStatus;
import com.targetbot.events.leads.MetaAd;
import com.targetbot.events.leads.Utm;
import com.targetbot.testkit.Leads;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class LeadHashTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void leadSurvivesTheRoundTripThroughItsHash() {
        var lead = Lead.of(Leads.leadCreated()
                .leadId("0197a3c2-7b1e-7cc0-9a31-4b1f2e3d4c5b")
                .name("Анна Петрова")
                .phone("+79990001122")
                .email("anna@example.com")
                .comment("Перезвонить после 18:00")
                .source(LeadSource.META_LEADGEN)
                .status(LeadStatus.IN_PROGRESS)
                .at(Instant.parse("2026-03-01T10:15:30.123Z"))
                .by("telegram:42")
                .build());

        assertThat(LeadHash.read(LeadHash.write(lead))).isEqualTo(lead);
    }

    @Test
    void assigneeAttributionDuplicateAndHistorySurviveTheRoundTrip() {
        var created = Lead.of(Leads.leadCreated()
                .leadId("id-2")
                .name("Борис")
                .phone("+79990001122")
                .email(null)
                .source(LeadSource.META_LEADGEN)
                .status(LeadStatus.WON)
                .at(Instant.parse("2026-03-01T10:15:30.123Z"))
                .by("admin:a")
                .duplicateOf("id-1")
                .projectId("project-1")
                .utm(new Utm("facebook", "cpc", "spring", "video", "crm"))
                .meta(new MetaAd("1201", "1202", "1203"))
                .build());
        var lead = new Lead(
                created.id(),
                created.contact(),
                created.comment(),
                created.source(),
                created.status(),
                created.createdAt(),
                created.createdBy(),
                "manager1",
                Instant.parse("2026-03-02T08:00:00Z"),
                created.duplicateOf(),
                created.projectId(),
                created.attribution(),
                List.of(
                        new StatusChange(
                                LeadStatus.NEW,
                                LeadStatus.IN_PROGRESS,
                                "admin:a",
                                Instant.parse("2026-03-01T11:00:00Z")),
                        new StatusChange(
                                LeadStatus.IN_PROGRESS,
                                LeadStatus.WON,
                                "admin:b",
                                Instant.parse("2026-03-02T08:00:00Z"))),
                1042L);

        var fields = LeadHash.write(lead);

        assertThat(LeadHash.read(fields)).isEqualTo(lead);
        assertThat(fields.get("history")).contains("\"from\":\"new\"", "\"to\":\"in_progress\"");
    }

    @Test
    void absentOptionalFieldsAreLeftOutOfTheHash() {
        var lead = Lead.of(Leads.leadCreated().name("Anna").phone(null).build());

        var fields = LeadHash.write(lead);

        assertThat(fields).doesNotContainKeys("phone", "email", "comment", "number");
        assertThat(LeadHash.read(fields)).isEqualTo(lead);
    }

    @Test
    void enumsAreStoredInTheirJsonWireForm() {
        for (LeadSource source : LeadSource.values()) {
            var fields = LeadHash.write(leadWith(source, LeadStatus.NEW));
            assertThat('"' + fields.get("source") + '"').isEqualTo(json.writeValueAsString(source));
        }
        for (LeadStatus status : LeadStatus.values()) {
            var fields = LeadHash.write(leadWith(LeadSource.API, status));
            assertThat('"' + fields.get("status") + '"').isEqualTo(json.writeValueAsString(status));
        }
    }

    private static Lead leadWith(LeadSource source, LeadStatus status) {
        return Lead.of(Leads.leadCreated().source(source).status(status).build());
    }
}
