package com.targetbot.kit.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of wrong field, written in problems as {@code required}, {@code too_long}, ... */
public enum FieldErrorCode {
    /** Missing, null or blank. */
    REQUIRED,
    /** Longer than allowed. */
    TOO_LONG,
    /** Not of the expected type or syntax: not JSON, not a number, not an e-mail, not a cursor we gave out. */
    INVALID_FORMAT,
    /** A number or date outside its bounds. */
    OUT_OF_RANGE,
    /** A value outside the allowed set (a role, a status, a scope), or a change that may not be made. */
    NOT_ALLOWED,
    /** A field the request does not accept. */
    UNKNOWN_FIELD,
    /** Disagrees with what is stored: a reused idempotency key, a new password equal to the current one. */
    CONFLICT,
    /** Well-formed but wrong, such as the current password. */
    INCORRECT;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
