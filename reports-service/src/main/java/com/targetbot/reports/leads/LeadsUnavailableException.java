package com.targetbot.reports.leads;

/**
 * The export could not be read for a reason that may pass: leads-service unreachable or silent, a 5xx
 * (or 408/429) answer, or a stream that broke off. Reading it again later can succeed.
 */
public class LeadsUnavailableException extends LeadsExportException {

    LeadsUnavailableException(String message) {
        super(message);
    }

    LeadsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
