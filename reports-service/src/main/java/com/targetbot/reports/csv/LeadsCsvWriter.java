package com.targetbot.reports.csv;

import com.targetbot.reports.leads.ExportedLead;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes one leads report: a row per lead, in the order given. Not thread-safe. */
public final class LeadsCsvWriter implements Closeable {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int BUFFER_CHARS = 16 * 1024;

    private final CSVPrinter printer;
    private final ReportLanguage language;
    private final DateTimeFormatter created;
    private long rows;

    LeadsCsvWriter(OutputStream out, ReportLanguage language, ZoneId timeZone) throws IOException {
        this.language = language;
        this.created = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(timeZone);
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
        // Excel takes a BOM-less CSV for the local ANSI code page and shows Cyrillic as mojibake.
        writer.write(BYTE_ORDER_MARK);
        List<String> header = new ArrayList<>(language.columns());
        header.set(1, header.get(1) + " (" + timeZone.getId() + ")");
        this.printer = CSVFormat.RFC4180
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(writer);
    }

    public void write(ExportedLead lead) throws IOException {
        printer.printRecord(
                SpreadsheetCells.safe(lead.id()),
                SpreadsheetCells.safe(lead.createdAt() == null ? null : created.format(lead.createdAt())),
                SpreadsheetCells.safe(lead.name()),
                SpreadsheetCells.safe(lead.phone()),
                SpreadsheetCells.safe(lead.email()),
                SpreadsheetCells.safe(lead.source() == null ? null : language.source(lead.source())),
                SpreadsheetCells.safe(lead.status() == null ? null : language.status(lead.status())),
                SpreadsheetCells.safe(lead.comment()));
        rows++;
    }

    /** Data rows written so far, without the header. */
    public long rows() {
        return rows;
    }

    /** Flushes everything and closes the underlying stream. */
    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
