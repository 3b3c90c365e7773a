package com.targetbot.gateway.auth;

/** Rules for passwords people choose. */
final class Passwords {

    /** Length is what makes a password strong; composition rules mostly make it predictable. */
    static final int MIN_LENGTH = 12;

    /** Bounds the work one Argon2 hash may be asked to do. */
    static final int MAX_LENGTH = 256;

    private Passwords() {}
}
