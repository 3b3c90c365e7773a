package com.targetbot.reports.requests;

import com.targetbot.events.reports.GenerateReport;
import com.targetbot.reports.periods.ReportRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names of a report's object. They derive from the command alone, so generating the same report again
 * overwrites its one object instead of adding another.
 */
final class ReportObjects {

    private static final DateTimeFormatter DAY_PATH =
            DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private ReportObjects() {}

    /** {@code reports/<yyyy>/<MM>/<dd>/<id>.csv}, dated by the request (UTC). */
    static String key(GenerateReport command) {
        return "reports/" + DAY_PATH.format(command.requestedAt()) + "/" + command.reportId() + ".csv";
    }

    /**
     * The file name a browser saves the download as, dated in the agency's {@code zone}: by the day of the
     * request for every lead, by the calendar days covered for a period ({@code <first>_<last>} when more than one).
     */
    static String filename(GenerateReport command, ReportRange range, ZoneId zone) {
        Instant from = range.from();
        Instant to = range.to();
        if (from == null || to == null) {
            return "leads-" + LocalDate.ofInstant(command.requestedAt(), zone) + "-" + command.reportId() + ".csv";
        }
        LocalDate first = LocalDate.ofInstant(from, zone);
        // The range ends before "to": the last day covered is the one of the instant just before it.
        LocalDate last = LocalDate.ofInstant(to.minusNanos(1), zone);
        String days = last.isAfter(first) ? first + "_" + last : first.toString();
        return "leads-" + days + "-" + command.reportId() + ".csv";
    }

    /** What the object records about itself, as {@code x-amz-meta-*}: the period and range it covers. */
    static Map<String, String> metadata(ReportRange range) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("period", range.period() == null ? "all" : range.period());
        if (range.from() != null) {
            metadata.put("from", range.from().toString());
        }
        if (range.to() != null) {
            metadata.put("to", range.to().toString());
        }
        return metadata;
    }
}
