package com.targetbot.reports.leads;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of leads-service's export. Source and status stay the lower-case codes of the contract, so a
 * value added there later still exports instead of failing the report.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportedLead(
        @Nullable String id,
        @Nullable String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String comment,
        @Nullable String source,
        @Nullable String status,
        @Nullable Instant createdAt,
        @Nullable String createdBy) {}
