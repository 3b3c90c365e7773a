package com.targetbot.meta.connections;

/** What the last look at a connection's token found. */
public enum ConnectionStatus {
    /** Meta accepted the token when last asked (or it was just stored). */
    ACTIVE,
    /** Meta refused the token (expired, revoked, password changed): it is not used until reconnected. */
    INVALID
}
