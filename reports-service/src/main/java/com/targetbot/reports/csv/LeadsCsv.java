package com.targetbot.reports.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Opens CSV writers for leads reports in the configured language and time zone. */
@Component
public class LeadsCsv {

    /** Content type of the reports this writes. */
    public static final String CONTENT_TYPE = "text/csv; charset=utf-8";

    private final ReportLanguage language;
    private final ZoneId timeZone;

    LeadsCsv(CsvProperties properties) {
        this.language = properties.language();
        this.timeZone = properties.timeZone();
    }

    /** Starts a report on {@code out}: writes the byte order mark and the header row. */
    public LeadsCsvWriter open(OutputStream out) throws IOException {
        return new LeadsCsvWriter(out, language, timeZone);
    }
}
