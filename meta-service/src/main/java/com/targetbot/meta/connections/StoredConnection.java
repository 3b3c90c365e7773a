package com.targetbot.meta.connections;

import java.util.Objects;

/**
 * A Meta connection as kept in Redis: what the API shows, and the token, encrypted ({@link TokenCipher}).
 *
 * @param connection everything but the token
 * @param encryptedToken the token, encrypted; never returned by the API
 */
record StoredConnection(ConnectionView connection, String encryptedToken) {

    StoredConnection {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(encryptedToken, "encryptedToken");
    }

    String id() {
        return connection.id();
    }

    StoredConnection withToken(String encrypted) {
        return new StoredConnection(connection, encrypted);
    }

    @Override
    public String toString() {
        return "StoredConnection[" + connection.id() + ", " + connection.status() + "]";
    }
}
