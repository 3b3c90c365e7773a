package com.targetbot.events.reports;

import com.targetbot.events.Event;

/** What happened to a requested report. */
public sealed interface ReportEvent extends Event permits ReportGenerated, ReportFailed {

    String reportId();

    @Override
    default String key() {
        return reportId();
    }
}
