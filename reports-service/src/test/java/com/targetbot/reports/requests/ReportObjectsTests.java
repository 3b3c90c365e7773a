package com.targetbot.reports.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.reports.GenerateReport;
import com.targetbot.events.reports.ReportFormat;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportObjectsTests {

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
    void downloadIsSavedUnderADatedFileName() {
        assertThat(ReportObjects.filename(command))
                .isEqualTo("leads-2026-03-07-3f1c2a9e-0d4b-4c1e-9a7f-2b6d8e5c1a00.csv");
    }
}
