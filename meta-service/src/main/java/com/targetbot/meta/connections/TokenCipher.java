package com.targetbot.meta.connections;

import com.targetbot.meta.graph.GraphAccessToken;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts tokens at rest with AES-256-GCM: a random 96-bit IV per ciphertext, the connection id as associated data
 * (a ciphertext moved to another connection does not decrypt), and the key id in front ({@code <key id>:<base64 of
 * IV and ciphertext>}) so that keys can be rotated.
 */
@Component
class TokenCipher {

    private static final String ALGORITHM = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]+");

    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String currentKeyId;
    private final SecureRandom random = new SecureRandom();

    TokenCipher(ConnectionsProperties properties) {
        ConnectionsProperties.Encryption encryption = properties.encryption();
        encryption.keys().forEach((id, base64) -> keys.put(id, key(id, base64)));
        if (!keys.containsKey(encryption.currentKeyId())) {
            throw new IllegalStateException(
                    "targetbot.meta.connections.encryption.current-key-id names no key: " + encryption.currentKeyId());
        }
        this.currentKeyId = encryption.currentKeyId();
    }

    String encrypt(String connectionId, GraphAccessToken token) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(ALGORITHM);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(connectionId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(token.value().getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
            return currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * @throws IllegalStateException when the key id is no longer configured or the ciphertext was altered or belongs
     *     to another connection; the message never quotes the ciphertext
     */
    GraphAccessToken decrypt(String connectionId, String ciphertext) {
        int colon = ciphertext.indexOf(':');
        String keyId = colon < 0 ? "" : ciphertext.substring(0, colon);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("The token of Meta connection " + connectionId
                    + " is encrypted under a key id no longer configured");
        }
        try {
            byte[] in = Base64.getDecoder().decode(ciphertext.substring(colon + 1));
            Cipher cipher = Cipher.getInstance(ALGORITHM);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(connectionId.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
            return new GraphAccessToken(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The token of Meta connection " + connectionId + " does not decrypt: altered or not its own");
        }
    }

    /** Whether the ciphertext was made with the current key; if not, it is re-encrypted when next read. */
    boolean isCurrent(String ciphertext) {
        return ciphertext.startsWith(currentKeyId + ":");
    }

    private static SecretKey key(String id, String base64) {
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalStateException("A token key id is letters, digits, _ and -: " + id);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Token key " + id + " is not base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("Token key " + id + " must be 32 bytes (AES-256), is " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
