/**
 * The watch over the Meta access token: asks Meta's {@code debug_token} at start-up and then periodically, keeps
 * the last answer under {@code meta:token} for {@code GET /meta/token}, and tells admins on {@code meta.events}
 * when the token is about to expire or no longer works, once per state change and daily while it lasts.
 */
@NullMarked
package com.targetbot.meta.tokens;

import org.jspecify.annotations.NullMarked;
