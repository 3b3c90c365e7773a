package com.targetbot.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.kit.agency.AgencyCalendar;
import com.targetbot.reports.leads.ExportedLead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class LeadsCsvWriterTests {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ExportedLead anna = new ExportedLead(
            "lead-1",
            "Анна Иванова",
            "+79001234567",
            "anna@example.com",
            "Перезвонить после 18:00, спросить про \"тариф\"\nи скидку",
            "telegram",
            "in_progress",
            Instant.parse("2026-11-25T09:30:15Z"),
            "telegram:42");

    @Test
    void reportStartsWithAByteOrderMarkSoExcelReadsUtf8() throws IOException {
        byte[] bytes = write(ReportLanguage.RU, UTC, List.of(anna));

        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(UTF8_BOM);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .doesNotStartWith("\uFEFF")
                .startsWith("ID,");
    }

    @Test
    void russianReportHasRussianHeaderAndNames() throws IOException {
        List<CSVRecord> records = parse(write(ReportLanguage.RU, UTC, List.of(anna)));

        assertThat(records.get(0).values())
                .containsExactly("ID", "Создан (UTC)", "Имя", "Телефон", "Email", "Источник", "Статус", "Комментарий");
        assertThat(records.get(1).values())
                .containsExactly(
                        "lead-1",
                        "2026-11-25 09:30:15",
                        "Анна Иванова",
                        "'+79001234567",
                        "anna@example.com",
                        "Telegram",
                        "В работе",
                        "Перезвонить после 18:00, спросить про \"тариф\"\nи скидку");
    }

    @Test
    void englishReportHasEnglishHeaderAndTimesInTheAgencysZone() throws IOException {
        List<CSVRecord> records = parse(write(ReportLanguage.EN, ZoneId.of("Europe/Moscow"), List.of(anna)));

        assertThat(records.get(0).values())
                .containsExactly(
                        "ID", "Created (Europe/Moscow)", "Name", "Phone", "Email", "Source", "Status", "Comment");
        assertThat(records.get(1).get(1)).isEqualTo("2026-11-25 12:30:15");
        assertThat(records.get(1).get(6)).isEqualTo("In progress");
    }

    @Test
    void formulaInAnyCellIsWrittenAsText() throws IOException {
        var attack = new ExportedLead(
                "=1+1",
                "@SUM(A1)",
                "-1",
                "=HYPERLINK(\"http://evil.example\",\"click\")",
                "=HYPERLINK(\"http://evil.example\",\"click\")",
                "+source",
                "\tstatus",
                null,
                null);

        List<CSVRecord> records = parse(write(ReportLanguage.EN, UTC, List.of(attack)));

        assertThat(records.get(1).values())
                .containsExactly(
                        "'=1+1",
                        "",
                        "'@SUM(A1)",
                        "'-1",
                        "'=HYPERLINK(\"http://evil.example\",\"click\")",
                        "'+source",
                        "'\tstatus",
                        "'=HYPERLINK(\"http://evil.example\",\"click\")");
    }

    @Test
    void missingFieldsAndUnknownCodesAreWrittenPlainly() throws IOException {
        var sparse = new ExportedLead("lead-2", null, null, null, null, "partner_site", "archived", null, null);

        List<CSVRecord> records = parse(write(ReportLanguage.RU, UTC, List.of(sparse)));

        assertThat(records.get(1).values()).containsExactly("lead-2", "", "", "", "", "partner_site", "archived", "");
    }

    @Test
    void rowsCountsDataRowsWithoutTheHeader() throws IOException {
        var out = new ByteArrayOutputStream();
        long rows;
        try (LeadsCsvWriter writer = new LeadsCsv(new CsvProperties(ReportLanguage.RU), agencyIn(UTC)).open(out)) {
            writer.write(anna);
            writer.write(anna);
            rows = writer.rows();
        }

        assertThat(rows).isEqualTo(2);
        assertThat(parse(out.toByteArray())).hasSize(3);
    }

    @Test
    void rowsEndWithCrLfAsRfc4180Says() throws IOException {
        String text = new String(write(ReportLanguage.EN, UTC, List.of()), StandardCharsets.UTF_8);

        assertThat(text).endsWith("Comment\r\n");
    }

    private static byte[] write(ReportLanguage language, ZoneId zone, List<ExportedLead> leads) throws IOException {
        var out = new ByteArrayOutputStream();
        try (LeadsCsvWriter writer = new LeadsCsv(new CsvProperties(language), agencyIn(zone)).open(out)) {
            for (ExportedLead lead : leads) {
                writer.write(lead);
            }
        }
        return out.toByteArray();
    }

    private static AgencyCalendar agencyIn(ZoneId zone) {
        return new AgencyCalendar(zone, Clock.systemUTC());
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }
}
