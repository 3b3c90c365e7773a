package com.targetbot.reports.requests;

import com.targetbot.events.reports.GenerateReport;
import com.targetbot.reports.catalog.ReportFile;
import com.targetbot.reports.csv.LeadsCsv;
import com.targetbot.reports.csv.LeadsCsvWriter;
import com.targetbot.reports.leads.LeadsExportClient;
import com.targetbot.reports.leads.LeadsExportException;
import com.targetbot.reports.storage.ReportStorage;
import com.targetbot.reports.storage.ReportStorageException;
import com.targetbot.reports.storage.StoredObject;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Writes the CSV of every lead straight from the export into the report's object. */
@Component
class ReportGenerator {

    private final LeadsExportClient leads;
    private final LeadsCsv csv;
    private final ReportStorage storage;

    ReportGenerator(LeadsExportClient leads, LeadsCsv csv, ReportStorage storage) {
        this.leads = leads;
        this.csv = csv;
        this.storage = storage;
    }

    /** @throws ReportGenerationException with the reason when the export, the CSV or the upload fails */
    ReportFile generate(GenerateReport command) {
        return switch (command.format()) {
            case CSV -> csv(command);
        };
    }

    private ReportFile csv(GenerateReport command) {
        String key = ReportObjects.key(command);
        try {
            StoredObject<Long> stored =
                    storage.upload(key, ReportObjects.filename(command), LeadsCsv.CONTENT_TYPE, out -> {
                        try (LeadsCsvWriter writer = csv.open(out)) {
                            leads.forEach(writer::write);
                            return writer.rows();
                        }
                    });
            return new ReportFile(key, stored.sizeBytes(), stored.content(), Instant.now());
        } catch (LeadsExportException | ReportStorageException e) {
            throw new ReportGenerationException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new ReportGenerationException("writing the report failed: " + e.getMessage(), e);
        }
    }
}
