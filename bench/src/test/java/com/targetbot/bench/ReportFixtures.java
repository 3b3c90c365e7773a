package com.targetbot.bench;

import java.time.OffsetDateTime;

/** What the report tests share: a machine whose facts they can assert. */
final class ReportFixtures {

    static final MachineFacts MACHINE = new MachineFacts(
            2,
            "Test CPU",
            "OpenJDK 64-Bit Server VM 25",
            "Linux 6.1 amd64",
            0.5,
            OffsetDateTime.parse("2026-11-25T12:00:00Z"));

    private ReportFixtures() {}
}
