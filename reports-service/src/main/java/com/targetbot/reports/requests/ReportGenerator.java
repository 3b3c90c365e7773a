package com.targetbot.reports.requests;

import com.targetbot.events.reports.GenerateReport;
import com.targetbot.reports.catalog.ReportFile;
import com.targetbot.reports.csv.LeadsCsv;
import com.targetbot.reports.csv.LeadsCsvWriter;
import com.targetbot.reports.leads.LeadsExportClient;
import com.targetbot.reports.leads.LeadsExportException;
import com.targetbot.reports.leads.LeadsUnavailableException;
import com.targetbot.reports.periods.ReportPeriods;
import com.targetbot.reports.periods.ReportRange;
import com.targetbot.reports.storage.ReportStorage;
import com.targetbot.reports.storage.ReportStorageException;
import com.targetbot.reports.storage.StoredObject;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Writes the CSV of the leads a report covers straight from the export into the report's object. */
@Component
class ReportGenerator {

    private final LeadsExportClient leads;
    private final ExportRetry retry;
    private final LeadsCsv csv;
    private final ReportStorage storage;
    private final ReportPeriods periods;
    private final Clock clock;

    ReportGenerator(
            LeadsExportClient leads,
            ExportRetry retry,
            LeadsCsv csv,
            ReportStorage storage,
            ReportPeriods periods,
            Clock clock) {
        this.leads = leads;
        this.retry = retry;
        this.csv = csv;
        this.storage = storage;
        this.periods = periods;
        this.clock = clock;
    }

    /**
     * Writes the report's file, reading the export again while its failure may pass; each failed attempt's
     * upload is aborted, so only a complete file is ever stored.
     *
     * @throws ReportGenerationException with the reason when the export, the CSV or the upload fails for good
     */
    ReportFile generate(GenerateReport command, ReportRange range) {
        return retry.run(command.reportId(), () -> switch (command.format()) {
            case CSV -> csv(command, range);
        });
    }

    private ReportFile csv(GenerateReport command, ReportRange range) {
        String key = ReportObjects.key(command);
        try {
            StoredObject<Long> stored = storage.upload(
                    key,
                    ReportObjects.filename(command, range, periods.zone()),
                    LeadsCsv.CONTENT_TYPE,
                    ReportObjects.metadata(range),
                    out -> {
                        try (LeadsCsvWriter writer = csv.open(out)) {
                            leads.forEach(range.from(), range.to(), writer::write);
                            return writer.rows();
                        }
                    });
            return new ReportFile(key, stored.sizeBytes(), stored.content(), clock.instant());
        } catch (LeadsUnavailableException e) {
            // Left to ExportRetry, which tries again or names the attempts in the reason.
            throw e;
        } catch (LeadsExportException | ReportStorageException e) {
            throw new ReportGenerationException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new ReportGenerationException("writing the report failed: " + e.getMessage(), e);
        }
    }
}
