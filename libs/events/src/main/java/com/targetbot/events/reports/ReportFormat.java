package com.targetbot.events.reports;

import com.fasterxml.jackson.annotation.JsonProperty;

/** File formats reports-service writes. */
public enum ReportFormat {
    @JsonProperty("csv")
    CSV
}
