package zen.gateway.application.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Making keys and hashing them. A key is {@code zen_} and 256 random bits in URL-safe Base64 (43 characters): the
 * prefix makes a leaked key recognisable (secret scanners, logs), the bits make guessing hopeless.
 *
 * <p>Keys are stored as their SHA-256, not with a slow password hash: a slow hash protects passwords people choose,
 * which a dictionary can find; a 256-bit random key has no dictionary, and SHA-256 cannot be reversed, so the stored
 * hash is as useless to a thief as a bcrypt one while costing a microsecond per request instead of tens of
 * milliseconds. Thread-safe.
 */
public final class KeyMaterial {

    public static final String PREFIX = "zen_";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyMaterial() {}

    /** A new key. */
    public static String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A new key id: names a key in listings and the audit trail, and authorizes nothing. */
    static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "key_" + HexFormat.of().formatHex(bytes);
    }

    /** The hex SHA-256 of the key, as stored. */
    public static String hash(String key) {
        return HexFormat.of().formatHex(digest(key));
    }

    static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Whether two hashes are equal, in time that does not depend on where they differ. */
    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
