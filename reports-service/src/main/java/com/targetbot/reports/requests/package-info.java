/**
 * Handles {@code reports.commands}: a {@code GenerateReport} resolves its period to a range, marks the
 * report pending, writes the CSV of the leads in that range into object storage, marks it ready or failed
 * and publishes {@code ReportGenerated} or {@code ReportFailed} on {@code reports.events}. An export that
 * fails for a reason that may pass is read again with bounded back-off while the report stays pending.
 */
@NullMarked
package com.targetbot.reports.requests;

import org.jspecify.annotations.NullMarked;
