package com.targetbot.reports.csv;

import com.targetbot.kit.agency.AgencyCalendar;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Opens CSV writers for leads reports in the configured language, with times in the agency's zone. */
@Component
public class LeadsCsv {

    /** Content type of the reports this writes. */
    public static final String CONTENT_TYPE = "text/csv; charset=utf-8";

    private final ReportLanguage language;
    private final ZoneId timeZone;

    LeadsCsv(CsvProperties properties, AgencyCalendar calendar) {
        this.language = properties.language();
        this.timeZone = calendar.zone();
    }

    /** Starts a report on {@code out}: writes the byte order mark and the header row. */
    public LeadsCsvWriter open(OutputStream out) throws IOException {
        return new LeadsCsvWriter(out, language, timeZone);
    }
}
