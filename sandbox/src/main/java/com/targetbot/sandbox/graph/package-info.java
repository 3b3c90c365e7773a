/**
 * The Meta Graph API stand-in: the user's ad accounts and their campaigns from a fixed seed, with Graph's
 * access-token and {@code appsecret_proof} checks, cursor paging, error shape and {@code X-App-Usage} header, the
 * OAuth dialog and token exchange that connect an account, and {@code debug_token} on a token whose expiry and
 * validity tests set through {@code /sandbox/graph}.
 */
@NullMarked
package com.targetbot.sandbox.graph;

import org.jspecify.annotations.NullMarked;
