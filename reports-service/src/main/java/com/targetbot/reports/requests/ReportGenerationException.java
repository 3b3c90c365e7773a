package com.targetbot.reports.requests;

/** A report could not be produced; the message is the reason operators and users see. */
class ReportGenerationException extends RuntimeException {

    ReportGenerationException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
