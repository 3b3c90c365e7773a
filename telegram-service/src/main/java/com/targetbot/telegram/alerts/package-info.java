/**
 * Alerts to the bot's admins about the Meta integration, from {@code meta.events}: a failed synchronisation,
 * a token that expires soon, a token Meta no longer accepts. Each event is told once, and each kind of alert
 * at most once per {@code targetbot.telegram.alerts.repeat-after} (a Redis key per kind,
 * {@code telegram:alert:<kind>}), so a failing scheduled sync does not flood the admins.
 */
@NullMarked
package com.targetbot.telegram.alerts;

import org.jspecify.annotations.NullMarked;
