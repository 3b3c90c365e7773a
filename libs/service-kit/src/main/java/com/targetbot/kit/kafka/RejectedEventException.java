package com.targetbot.kit.kafka;

/**
 * A consumer refuses an event whose content can never be processed (invalid data, not a transient
 * failure): it goes to the dead-letter topic at once, with this message as the reason.
 */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String reason) {
        super(reason);
    }
}
