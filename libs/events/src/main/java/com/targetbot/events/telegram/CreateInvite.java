package com.targetbot.events.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Store a single-use invite that gives a bot user a role. The gateway mints the token and shows the link
 * once to the admin who asked; only the token's SHA-256 travels and is stored, so neither Kafka nor Redis
 * holds a working link.
 *
 * @param inviteId id chosen at the gateway
 * @param role one of {@link TelegramAdminCommand#ROLES}
 * @param tokenHash lower-case hex SHA-256 of the link's {@code /start} token
 * @param expiresAt when the link stops working
 */
public record CreateInvite(
        String inviteId, String role, String tokenHash, Instant expiresAt, String requestedBy, Instant requestedAt)
        implements TelegramAdminCommand {

    public CreateInvite {
        Objects.requireNonNull(inviteId, "inviteId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    @Override
    public String key() {
        return inviteId;
    }

    /** The {@code tokenHash} of a token: lower-case hex SHA-256 of its ASCII bytes, as every side computes it. */
    public static String tokenHash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
