/**
 * The bot's commands ({@code /start}, {@code /lead}, {@code /leads}, {@code /report}, {@code /status},
 * {@code /register}, {@code /invite}, {@code /language}, {@code /help}, {@code /cancel}): a registry of {@link
 * com.targetbot.telegram.commands.BotCommand} beans keyed by name, so a new command is one new class. A
 * command ends the user's open dialog; other text in a private chat goes to that dialog or gets a short hint;
 * chatter in groups is ignored. Button presses are routed by the prefix of their data to the feature that
 * drew them. Each command and each button route declares the role it needs, and the dispatchers alone check it
 * (through {@code RoleGate}), with one refusal text per role. Replies are queued on {@code telegram.outbound}, never sent inline.
 */
@NullMarked
package com.targetbot.telegram.commands;

import org.jspecify.annotations.NullMarked;
