/**
 * The admin panel's side of telegram-service: reads the gateway routes to ({@code /telegram/users}: a page of
 * bot users; {@code /telegram/invites}: the outstanding invites; {@code /telegram/bot}: the username invite
 * links name) and the admins' changes the gateway publishes on {@code telegram.commands} (a user's role or
 * activation, invites created by their token's hash, revokes).
 */
@NullMarked
package com.targetbot.telegram.adminapi;

import org.jspecify.annotations.NullMarked;
