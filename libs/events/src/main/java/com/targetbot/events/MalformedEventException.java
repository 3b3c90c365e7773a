package com.targetbot.events;

/** A record that does not follow the contract: missing or unknown headers, or data that does not parse. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
