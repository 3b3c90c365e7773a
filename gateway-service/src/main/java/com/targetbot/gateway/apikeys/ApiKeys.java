package com.targetbot.gateway.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key format {@code tb_<8-char public prefix>_<secret>}: the prefix names the key in lists and logs,
 * the secret (32 random bytes, base64url) makes it unguessable.
 */
final class ApiKeys {

    static final String PATTERN = "tb_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{32,})";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);
    private static final char[] PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private ApiKeys() {}

    static String generate(SecureRandom random) {
        var prefix = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            prefix.append(PREFIX_ALPHABET[random.nextInt(PREFIX_ALPHABET.length)]);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return "tb_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The public prefix of a well-formed key. */
    static Optional<String> prefixOf(String key) {
        Matcher matcher = FORMAT.matcher(key);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * SHA-256 hex of the whole key. A fast hash is enough here, unlike for passwords: the secret carries
     * at least 192 random bits, so no dictionary or brute force can invert it, and one unsalted hash lets
     * every request find its key with a single Redis lookup.
     */
    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
