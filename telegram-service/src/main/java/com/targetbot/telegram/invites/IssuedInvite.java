package com.targetbot.telegram.invites;

/**
 * A new invite with its link, which carries the token: shown once to its creator and stored nowhere.
 *
 * @param link {@code https://t.me/<bot>?start=<token>}
 */
public record IssuedInvite(Invite invite, String link) {}
