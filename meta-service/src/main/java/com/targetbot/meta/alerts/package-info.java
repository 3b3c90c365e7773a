/**
 * Projects' alerts: rules evaluated on each new day of statistics ({@code meta.insights}), raised once per rule,
 * subject and day, quiet for the project's cool-down, held through its quiet hours, escalated to the admins when
 * nobody acknowledges them; published on {@code projects.alerts} for the bot to tell.
 */
@NullMarked
package com.targetbot.meta.alerts;

import org.jspecify.annotations.NullMarked;
