package com.targetbot.reports.leads;

/** leads-service's export could not be read: unreachable, an error status, or a line that is not a lead. */
public class LeadsExportException extends RuntimeException {

    LeadsExportException(String message) {
        super(message);
    }

    LeadsExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
