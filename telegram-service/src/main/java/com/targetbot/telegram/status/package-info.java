/**
 * {@code /status}: integration health for managers and admins. The last Meta sync comes from this service's
 * own projection of {@code meta.events}; the Meta token's last check and the last report are read from their
 * owners, since no event carries a healthy token and report links are signed when read
 * (docs/adr/0004-bot-reads-that-stay-synchronous.md).
 */
@NullMarked
package com.targetbot.telegram.status;

import org.jspecify.annotations.NullMarked;
