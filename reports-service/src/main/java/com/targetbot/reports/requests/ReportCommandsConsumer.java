package com.targetbot.reports.requests;

import com.targetbot.events.Topics;
import com.targetbot.events.reports.GenerateReport;
import com.targetbot.events.reports.ReportCommand;
import com.targetbot.events.reports.ReportFailed;
import com.targetbot.events.reports.ReportFormat;
import com.targetbot.events.reports.ReportGenerated;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.kit.kafka.RejectedEventException;
import com.targetbot.reports.catalog.Report;
import com.targetbot.reports.catalog.ReportCatalog;
import com.targetbot.reports.catalog.ReportFile;
import com.targetbot.reports.catalog.ReportStatus;
import com.targetbot.reports.periods.ReportPeriods;
import com.targetbot.reports.periods.ReportRange;
import com.targetbot.reports.periods.UnknownPeriodException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code reports.commands}. Idempotent by report id: a ready report is never generated again
 * (its {@code ReportGenerated} is published once more only if a crash lost it), while a pending or failed
 * one is generated again into the same object key. Commands of one report share a partition, so they
 * are handled one after the other.
 */
@Component
class ReportCommandsConsumer {

    // Report ids become object keys and Redis keys; the gateway mints UUIDs, anything unsafe is refused.
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    private static final int MAX_REASON_LENGTH = 500;
    private static final Logger log = LoggerFactory.getLogger(ReportCommandsConsumer.class);

    private final ReportCatalog catalog;
    private final ReportGenerator generator;
    private final EventPublisher publisher;
    private final ReportPeriods periods;
    private final Clock clock;

    ReportCommandsConsumer(
            ReportCatalog catalog,
            ReportGenerator generator,
            EventPublisher publisher,
            ReportPeriods periods,
            Clock clock) {
        this.catalog = catalog;
        this.generator = generator;
        this.publisher = publisher;
        this.periods = periods;
        this.clock = clock;
    }

    // Idempotent: by report id, as the class comment says. The group keeps the bare service name its offsets
    // were committed under: a new group would replay the commands and generate failed reports again.
    @KafkaListener(topics = Topics.REPORTS_COMMANDS_NAME, groupId = "${spring.application.name}")
    void on(ReportCommand command) {
        switch (command) {
            case GenerateReport generate -> on(generate);
        }
    }

    private void on(GenerateReport command) {
        String id = command.reportId();
        if (!SAFE_ID.matcher(id).matches()) {
            throw new RejectedEventException("report id must match " + SAFE_ID.pattern());
        }
        Optional<Report> ready = catalog.find(id).filter(report -> report.status() == ReportStatus.READY);
        if (ready.isPresent()) {
            alreadyReady(ready.get(), command.telegramChatId());
            return;
        }
        ReportRange range;
        try {
            range = periods.resolve(command.period(), command.requestedAt());
        } catch (UnknownPeriodException e) {
            // Recorded as failed with the period asked for, and announced so the requester hears of it; the
            // command itself can never succeed, so it is dead-lettered rather than retried.
            catalog.markPending(command, new ReportRange(command.period(), null, null));
            throw new RejectedEventException(fail(id, e, command.telegramChatId()));
        }
        catalog.markPending(command, range);
        ReportFile file;
        try {
            file = generator.generate(command, range);
        } catch (ReportGenerationException e) {
            // Failed for good, or after the export's bounded retries: dead-lettered too, so an operator can
            // replay the command once the cause is fixed (a failed report is generated again).
            throw new RejectedEventException(fail(id, e, command.telegramChatId()));
        }
        // Ready before announced: whoever reacts to ReportGenerated finds the report with its link.
        catalog.markReady(id, file);
        announce(id, command.format(), file, command.telegramChatId());
        log.info("Report {} ready: {} rows, {} bytes at {}", id, file.rows(), file.sizeBytes(), file.objectKey());
    }

    private void alreadyReady(Report report, @Nullable Long telegramChatId) {
        if (report.announced()) {
            log.info("Report {} is ready already; command ignored", report.id());
            return;
        }
        // A crash came between marking it ready and publishing: publish now, without generating again.
        announce(
                report.id(),
                report.format(),
                Objects.requireNonNull(report.file(), "file of a ready report"),
                telegramChatId);
    }

    // telegramChatId travels from the command to its outcome so the bot can answer whoever asked in Telegram.
    private void announce(String id, ReportFormat format, ReportFile file, @Nullable Long telegramChatId) {
        publisher
                .publish(new ReportGenerated(
                        id,
                        format,
                        file.objectKey(),
                        file.sizeBytes(),
                        file.rows(),
                        file.generatedAt(),
                        telegramChatId))
                .join();
        catalog.markAnnounced(id);
    }

    /** Records and announces the failure; returns the reason given. */
    private String fail(String id, RuntimeException failure, @Nullable Long telegramChatId) {
        log.warn("Report {} failed: {}", id, failure.getMessage(), failure);
        String reason = abbreviate(String.valueOf(failure.getMessage()));
        Instant failedAt = clock.instant();
        catalog.markFailed(id, reason, failedAt);
        publisher
                .publish(new ReportFailed(id, reason, failedAt, telegramChatId))
                .join();
        return reason;
    }

    private static String abbreviate(String reason) {
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
    }
}
