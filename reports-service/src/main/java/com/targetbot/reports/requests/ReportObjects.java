package com.targetbot.reports.requests;

import com.targetbot.events.reports.GenerateReport;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Names of a report's object. They derive from the command alone, so generating the same report again
 * overwrites its one object instead of adding another.
 */
final class ReportObjects {

    private static final DateTimeFormatter DAY_PATH =
            DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private ReportObjects() {}

    /** {@code reports/<yyyy>/<MM>/<dd>/<id>.csv}, dated by the request (UTC). */
    static String key(GenerateReport command) {
        return "reports/" + DAY_PATH.format(command.requestedAt()) + "/" + command.reportId() + ".csv";
    }

    /** The file name a browser saves the download as. */
    static String filename(GenerateReport command) {
        return "leads-" + DAY.format(command.requestedAt()) + "-" + command.reportId() + ".csv";
    }
}
