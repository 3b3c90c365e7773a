package com.targetbot.reports.periods;

/** A command named a period this service does not know; the message says which ones it does. */
public class UnknownPeriodException extends RuntimeException {

    UnknownPeriodException(String message) {
        super(message);
    }
}
