package com.targetbot.leads.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.LeadStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class LeadHashTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void leadSurvivesTheRoundTripThroughItsHash() {
        var lead = new Lead(
                "0197a3c2-7b1e-7cc0-9a31-4b1f2e3d4c5b",
                "Анна Петрова",
                "+79990001122",
                "anna@example.com",
                "Перезвонить после 18:00",
                LeadSource.META_LEADGEN,
                LeadStatus.IN_PROGRESS,
                Instant.parse("2026-03-01T10:15:30.123Z"),
                "telegram:42");

        assertThat(LeadHash.read(LeadHash.write(lead))).isEqualTo(lead);
    }

    @Test
    void assigneeAttributionDuplicateAndHistorySurviveTheRoundTrip() {
        var lead = new Lead(
                "id-2",
                "Борис",
                "+79990001122",
                null,
                null,
                LeadSource.META_LEADGEN,
                LeadStatus.WON,
                Instant.parse("2026-03-01T10:15:30.123Z"),
                "admin:a",
                "manager1",
                Instant.parse("2026-03-02T08:00:00Z"),
                "id-1",
                "facebook",
                "cpc",
                "spring",
                "video",
                "crm",
                "1201",
                "1202",
                "1203",
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
                                Instant.parse("2026-03-02T08:00:00Z"))));

        var fields = LeadHash.write(lead);

        assertThat(LeadHash.read(fields)).isEqualTo(lead);
        assertThat(fields.get("history")).contains("\"from\":\"new\"", "\"to\":\"in_progress\"");
    }

    @Test
    void absentOptionalFieldsAreLeftOutOfTheHash() {
        var lead = new Lead(
                "id-1", "Anna", null, null, null, LeadSource.API, LeadStatus.NEW, Instant.EPOCH, "api-key:tb_1");

        var fields = LeadHash.write(lead);

        assertThat(fields).doesNotContainKeys("phone", "email", "comment");
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
        return new Lead("id-1", "Anna", null, null, null, source, status, Instant.EPOCH, "admin:a");
    }
}
