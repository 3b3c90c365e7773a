/**
 * The {@code /lead} conversation: a guided dialog (name, contact, optional comment, summary with Confirm /
 * Edit / Cancel) or the one-line form {@code /lead Имя | +7 999 123-45-67 | комментарий}. The dialog's
 * state lives in Redis with a TTL, so it survives a restart and an abandoned one goes away by itself. A
 * confirmed lead becomes a {@code CreateLead} command; the user is told its number only when
 * leads-service announces it stored the lead.
 */
@NullMarked
package com.targetbot.telegram.leadform;

import org.jspecify.annotations.NullMarked;
