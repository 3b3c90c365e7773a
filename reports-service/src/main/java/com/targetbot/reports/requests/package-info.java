/**
 * Handles {@code reports.commands}: a {@code GenerateReport} marks the report pending, writes the CSV of
 * every lead into object storage, marks it ready or failed and publishes {@code ReportGenerated} or
 * {@code ReportFailed} on {@code reports.events}.
 */
@NullMarked
package com.targetbot.reports.requests;

import org.jspecify.annotations.NullMarked;
