package com.targetbot.events.reports;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Write a leads report to object storage.
 *
 * @param reportId id chosen at the gateway
 * @param format file format
 * @param requestedBy who asked, as in {@code CreateLead#requestedBy}
 * @param requestedAt when the gateway accepted the request
 * @param telegramChatId the Telegram chat to send the finished report to, when it was asked for in the bot
 * @param period the leads the report should cover: {@code today}, {@code yesterday}, {@code 7d} or
 *     {@code 30d}; absent for every lead
 */
public record GenerateReport(
        String reportId,
        ReportFormat format,
        String requestedBy,
        Instant requestedAt,
        @Nullable Long telegramChatId,
        @Nullable String period)
        implements ReportCommand {

    /** The periods a report can cover, in the order they are offered; every service reads them from here. */
    public static final List<String> PERIODS = List.of("today", "yesterday", "7d", "30d");

    /** A report for nobody in Telegram, of every lead: the form before those fields existed. */
    public GenerateReport(String reportId, ReportFormat format, String requestedBy, Instant requestedAt) {
        this(reportId, format, requestedBy, requestedAt, null, null);
    }

    public GenerateReport {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
