/**
 * Invites: single-use links ({@code https://t.me/<bot>?start=<token>}) that give a bot user a role when they
 * send the {@code /start} the link opens with. Created by admins in the bot ({@code /invite}) or the admin
 * panel; stored in Redis under the SHA-256 of the 256-bit token ({@code telegram:invite:<hash>}, expiring with
 * the invite), listed by id in {@code telegram:invites}; redeemed by one atomic script, so two users racing on
 * one link cannot both win.
 */
@NullMarked
package com.targetbot.telegram.invites;

import org.jspecify.annotations.NullMarked;
