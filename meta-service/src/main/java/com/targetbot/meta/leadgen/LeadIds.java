package com.targetbot.meta.leadgen;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;

/**
 * The lead id of a Meta lead: a UUID version 7 whose time is the lead's {@code created_time} and whose random
 * bits are a hash of the leadgen id. The same Meta lead always gets the same id (a redelivered notification, a
 * reconciled lead), so leads-service stores it once; ids still sort by time like every other lead id.
 */
final class LeadIds {

    private LeadIds() {}

    static String of(String leadgenId, Instant createdTime) {
        byte[] hash = sha256("meta-leadgen:" + leadgenId);
        long millis = createdTime.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        ByteBuffer bits = ByteBuffer.wrap(hash);
        long randA = bits.getShort() & 0x0FFFL;
        long randB = bits.getLong() & 0x3FFF_FFFF_FFFF_FFFFL;
        long most = (millis << 16) | (0x7L << 12) | randA;
        long least = (0x2L << 62) | randB;
        return new UUID(most, least).toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
