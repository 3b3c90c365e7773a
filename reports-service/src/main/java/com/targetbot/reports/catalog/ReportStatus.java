package com.targetbot.reports.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** Where a report stands. */
public enum ReportStatus {
    @JsonProperty("pending")
    PENDING("pending"),
    @JsonProperty("ready")
    READY("ready"),
    @JsonProperty("failed")
    FAILED("failed");

    private final String code;

    ReportStatus(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static ReportStatus ofCode(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown report status '" + code + "' in Redis"));
    }
}
