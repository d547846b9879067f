package zen.gateway.application.verify;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC and digest helpers over the JDK's providers. */
final class Hmacs {

    static final String SHA256 = "HmacSHA256";
    static final String SHA1 = "HmacSHA1";

    private Hmacs() {}

    static byte[] hmac(String algorithm, String key, byte[] message) {
        try {
            // Mac instances are not thread-safe and cheap to get: one per call
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Compares secrets without leaking where they differ or how long the expected one is: both sides are hashed
     * first, so {@link MessageDigest#isEqual} always compares 32 bytes.
     */
    static boolean sameSecret(String given, String expected) {
        return MessageDigest.isEqual(
                sha256(given.getBytes(StandardCharsets.UTF_8)), sha256(expected.getBytes(StandardCharsets.UTF_8)));
    }
}
