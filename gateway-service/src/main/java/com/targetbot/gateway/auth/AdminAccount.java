package com.targetbot.gateway.auth;

import java.time.Instant;

/**
 * An admin account as stored in Redis; the password only as its Argon2id hash. {@code mustChangePassword}
 * is set for a password someone else chose or generated, until its owner replaces it.
 */
record AdminAccount(
        String username,
        String passwordHash,
        AdminRole role,
        boolean enabled,
        Instant createdAt,
        boolean mustChangePassword) {}
