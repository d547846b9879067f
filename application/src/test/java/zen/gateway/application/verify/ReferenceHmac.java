package zen.gateway.application.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * HMAC written out from RFC 2104 over a plain digest, so tests check the verifiers (which use
 * {@code javax.crypto.Mac}) against a second implementation rather than against themselves.
 */
final class ReferenceHmac {

    private static final int BLOCK_SIZE = 64;

    private ReferenceHmac() {}

    static byte[] hmac(String digestAlgorithm, byte[] key, byte[] message) {
        try {
            MessageDigest digest = MessageDigest.getInstance(digestAlgorithm);
            byte[] block = key.length > BLOCK_SIZE ? digest.digest(key) : key;
            byte[] paddedKey = new byte[BLOCK_SIZE];
            System.arraycopy(block, 0, paddedKey, 0, block.length);
            byte[] inner = new byte[BLOCK_SIZE];
            byte[] outer = new byte[BLOCK_SIZE];
            for (int i = 0; i < BLOCK_SIZE; i++) {
                inner[i] = (byte) (paddedKey[i] ^ 0x36);
                outer[i] = (byte) (paddedKey[i] ^ 0x5c);
            }
            digest.reset();
            digest.update(inner);
            byte[] innerHash = digest.digest(message);
            digest.update(outer);
            return digest.digest(innerHash);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static String sha256Hex(String key, byte[] message) {
        return HexFormat.of().formatHex(hmac("SHA-256", key.getBytes(StandardCharsets.UTF_8), message));
    }

    static String sha1Base64(String key, String message) {
        return Base64.getEncoder().encodeToString(
                hmac("SHA-1", key.getBytes(StandardCharsets.UTF_8), message.getBytes(StandardCharsets.UTF_8)));
    }
}
