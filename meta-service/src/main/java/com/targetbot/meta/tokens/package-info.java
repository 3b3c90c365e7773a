/**
 * The watch over the Meta connections' tokens: asks Meta's {@code debug_token} about each at start-up and then
 * periodically, records the answer on the connection (the first one's also under {@code meta:token} for
 * {@code GET /meta/token}), and tells on {@code meta.events}, naming the connection, when a token is about to expire
 * or no longer works (once per state change and daily while it lasts) and when it is healthy: at the connection's
 * first check and when it leaves a problem state.
 */
@NullMarked
package com.targetbot.meta.tokens;

import org.jspecify.annotations.NullMarked;
