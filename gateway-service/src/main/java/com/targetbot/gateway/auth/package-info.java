/**
 * Admin accounts and their browser sessions: Argon2id password hashes and the bootstrap admin in Redis,
 * JSON login with session-fixation protection and login throttling, logout, the current user, and the
 * cookie-based CSRF token the SPA echoes in {@code X-XSRF-TOKEN}.
 */
@NullMarked
package com.targetbot.gateway.auth;

import org.jspecify.annotations.NullMarked;
