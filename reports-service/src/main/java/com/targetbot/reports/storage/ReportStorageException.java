package com.targetbot.reports.storage;

/** Object storage refused or failed an operation. */
public class ReportStorageException extends RuntimeException {

    ReportStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
