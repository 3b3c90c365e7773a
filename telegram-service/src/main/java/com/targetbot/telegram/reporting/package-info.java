/**
 * Reports and integration health in the bot: {@code /report} lists the latest reports from reports-service
 * and orders new ones for a period ({@code GenerateReport} carrying the chat to answer), the outcome
 * arrives from {@code reports.events} with a download link; {@code /status} shows the Meta sync, the Meta
 * token as meta-service last checked it, the last report and how the bot receives updates. For managers and
 * admins, since reports hold every lead.
 */
@NullMarked
package com.targetbot.telegram.reporting;

import org.jspecify.annotations.NullMarked;
