package org.stadtkern.core.api.measure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets that people without an account keep to act on what they made (a proposal, their bookings):
 * random, shown to them once, stored only as a SHA-256 hash and compared in constant time.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** A new secret: 192 random bits, URL-safe Base64. */
    public static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the secret hashes to the stored hash (compared in constant time); false for null. */
    public static boolean matches(String storedHash, String token) {
        return storedHash != null && token != null && MessageDigest.isEqual(
                storedHash.getBytes(StandardCharsets.US_ASCII), hash(token).getBytes(StandardCharsets.US_ASCII));
    }

    /** The hash to store of a secret. */
    public static String hash(String token) {
        return sha256(token.getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 hash of the bytes, hex: of a secret, or of a file's content. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
