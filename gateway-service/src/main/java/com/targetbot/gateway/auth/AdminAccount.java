package com.targetbot.gateway.auth;

import java.time.Instant;

/** An admin account as stored in Redis; the password only as its Argon2id hash. */
record AdminAccount(String username, String passwordHash, AdminRole role, boolean enabled, Instant createdAt) {}
