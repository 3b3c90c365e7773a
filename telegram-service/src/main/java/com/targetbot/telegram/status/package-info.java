/**
 * {@code /status}: integration health for managers and admins. The last Meta sync and each Meta connection's token
 * health come from this service's own projections of {@code meta.events}; the last report is read from
 * reports-service, since report links are signed when read (docs/adr/0005-bot-reads-that-stay-synchronous.md).
 */
@NullMarked
package com.targetbot.telegram.status;

import org.jspecify.annotations.NullMarked;
