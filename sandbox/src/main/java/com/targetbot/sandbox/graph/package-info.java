/**
 * The Meta Graph API stand-in: the user's ad accounts and their campaigns from a fixed seed, with Graph's
 * access-token and {@code appsecret_proof} checks, cursor paging, error shape and {@code X-App-Usage} header, and
 * the OAuth dialog and token exchange that connect an account.
 */
@NullMarked
package com.targetbot.sandbox.graph;

import org.jspecify.annotations.NullMarked;
