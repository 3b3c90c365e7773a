package com.targetbot.reports.leads;

/**
 * leads-service's export could not be read. Thrown as is, it cannot succeed by reading again (a 4xx answer,
 * a line that is not a lead); {@link LeadsUnavailableException} is the kind that may pass.
 */
public class LeadsExportException extends RuntimeException {

    LeadsExportException(String message) {
        super(message);
    }

    LeadsExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
