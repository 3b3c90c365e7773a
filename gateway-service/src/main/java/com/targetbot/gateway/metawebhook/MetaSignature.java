package com.targetbot.gateway.metawebhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Meta's {@code X-Hub-Signature-256}: {@code sha256=} and the hex HMAC-SHA256 of the raw body under the app secret. */
final class MetaSignature {

    static final String PREFIX = "sha256=";

    private final SecretKeySpec key;

    MetaSignature(String appSecret) {
        this.key = new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Whether the header signs exactly these bytes; compared in constant time. */
    boolean matches(String header, byte[] body) {
        if (!header.startsWith(PREFIX)) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(PREFIX.length()));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        // Constant time, so the response time says nothing about how much of a forgery was right.
        return MessageDigest.isEqual(given, mac(body));
    }

    /** The header value Meta would send for this body. */
    String sign(byte[] body) {
        return PREFIX + HexFormat.of().formatHex(mac(body));
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
