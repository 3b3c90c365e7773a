package com.targetbot.reports.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.targetbot.events.reports.GenerateReport;
import com.targetbot.events.reports.ReportFormat;
import com.targetbot.reports.periods.ReportRange;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportObjectsTests {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final GenerateReport command = new GenerateReport(
            "3f1c2a9e-0d4b-4c1e-9a7f-2b6d8e5c1a00",
            ReportFormat.CSV,
            "admin:alice",
            Instant.parse("2026-03-07T23:59:59Z"));

    @Test
    void objectKeyIsDatedByTheRequestInUtc() {
        assertThat(ReportObjects.key(command)).isEqualTo("reports/2026/03/07/3f1c2a9e-0d4b-4c1e-9a7f-2b6d8e5c1a00.csv");
    }

    @Test
    void sameCommandAlwaysNamesTheSameObject() {
        var again =
                new GenerateReport(command.reportId(), command.format(), command.requestedBy(), command.requestedAt());

        assertThat(ReportObjects.key(again)).isEqualTo(ReportObjects.key(command));
    }

    @Test
    void downloadOfEveryLeadIsSavedUnderTheRequestsDayInTheAgencysZone() {
        assertThat(ReportObjects.filename(command, ReportRange.ALL, MOSCOW))
                .as("23:59:59 UTC on the 7th is the 8th in Moscow")
                .isEqualTo("leads-2026-03-08-3f1c2a9e-0d4b-4c1e-9a7f-2b6d8e5c1a00.csv");
        assertThat(ReportObjects.filename(command, ReportRange.ALL, ZoneId.of("America/Los_Angeles")))
                .isEqualTo("leads-2026-03-07-3f1c2a9e-0d4b-4c1e-9a7f-2b6d8e5c1a00.csv");
    }

    @Test
    void downloadOfOneDayIsSavedUnderThatDayInTheAgencysZone() {
        var yesterday = new ReportRange(
                "yesterday", Instant.parse("2026-03-06T21:00:00Z"), Instant.parse("2026-03-07T21:00:00Z"));

        assertThat(ReportObjects.filename(command, yesterday, MOSCOW))
                .isEqualTo("leads-2026-03-07-3f1c2a9e-0d4b-4c1e-9a7f-2b6d8e5c1a00.csv");
    }

    @Test
    void theSameRangeIsNamedByTheDaysOfWhicheverZoneTheAgencyIsIn() {
        var yesterdayInMoscow = new ReportRange(
                "yesterday", Instant.parse("2026-03-06T21:00:00Z"), Instant.parse("2026-03-07T21:00:00Z"));

        assertThat(ReportObjects.filename(command, yesterdayInMoscow, ZoneId.of("Pacific/Auckland")))
                .as("10:00 on the 7th to 10:00 on the 8th in Auckland (UTC+13)")
                .isEqualTo("leads-2026-03-07_2026-03-08-3f1c2a9e-0d4b-4c1e-9a7f-2b6d8e5c1a00.csv");
    }

    @Test
    void downloadOfSeveralDaysIsSavedUnderTheFirstAndLastDay() {
        var week = new ReportRange("7d", Instant.parse("2026-03-01T21:00:00Z"), Instant.parse("2026-03-07T23:59:59Z"));

        assertThat(ReportObjects.filename(command, week, MOSCOW))
                .isEqualTo("leads-2026-03-02_2026-03-08-3f1c2a9e-0d4b-4c1e-9a7f-2b6d8e5c1a00.csv");
    }

    @Test
    void metadataNamesThePeriodAndItsBoundsOrAllForEveryLead() {
        var today = new ReportRange("today", Instant.parse("2026-03-07T21:00:00Z"), command.requestedAt());

        assertThat(ReportObjects.metadata(today))
                .containsExactly(
                        entry("period", "today"),
                        entry("from", "2026-03-07T21:00:00Z"),
                        entry("to", "2026-03-07T23:59:59Z"));
        assertThat(ReportObjects.metadata(ReportRange.ALL)).containsExactly(entry("period", "all"));
    }
}
