/**
 * Admins' writes to the bot's users and invites: validated here and published on {@code telegram.commands}
 * for telegram-service to apply; reads stay routed to telegram-service. An invite's token is minted here, so
 * its link is shown once in the 202 answer while only the token's hash travels (ADR 0007).
 */
@NullMarked
package com.targetbot.gateway.telegram;

import org.jspecify.annotations.NullMarked;
