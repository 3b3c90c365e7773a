package com.targetbot.telegram.users;

import java.util.UUID;

/**
 * The outcome of registering a user.
 *
 * @param token the user's token: new on first contact, the one they already had otherwise
 * @param firstContact whether this registration created the user
 */
public record Registration(UUID token, boolean firstContact) {}
