/**
 * The bot's commands ({@code /start}, {@code /help}): a registry of {@link
 * com.targetbot.telegram.commands.BotCommand} beans keyed by name, so a new command is one new class.
 * Text that is no known command gets a short hint. Replies are queued on {@code telegram.outbound}, never
 * sent inline.
 */
@NullMarked
package com.targetbot.telegram.commands;

import org.jspecify.annotations.NullMarked;
