/**
 * The bot's users in Redis: one hash per Telegram user ({@code telegram:user:<id>}) holding the profile,
 * the UUID token given at registration, the role and whether the bot can still reach them, plus the set of
 * registered ids ({@code telegram:users}). Registration is one atomic script, so a repeated {@code /start}
 * refreshes the profile and never replaces the token. Roles rise through invites and configured admins
 * (never lowered that way) and are set as given by an admin through the REST API, who may also deactivate a
 * user ({@code disabled}): unlike a user who merely blocked the bot, such a user stays inactive after
 * {@code /start}.
 */
@NullMarked
package com.targetbot.telegram.users;

import org.jspecify.annotations.NullMarked;
