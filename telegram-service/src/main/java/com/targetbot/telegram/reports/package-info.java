/**
 * Reports in the bot: {@code /report} lists the latest reports from reports-service and orders new ones for a
 * period ({@code GenerateReport} carrying the chat to answer); the outcome arrives from {@code reports.events}
 * and is told once, with a download link reports-service signs when asked. For managers and admins, since
 * reports hold every lead (the dispatchers enforce it).
 */
@NullMarked
package com.targetbot.telegram.reports;

import org.jspecify.annotations.NullMarked;
