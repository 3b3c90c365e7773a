package com.targetbot.events.reports;

import com.targetbot.events.Event;

/** Requests to reports-service, keyed by report id. */
public sealed interface ReportCommand extends Event permits GenerateReport {

    String reportId();

    @Override
    default String key() {
        return reportId();
    }
}
