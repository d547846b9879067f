package zen.gateway.application.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import zen.gateway.application.port.outbound.secrets.SecretBox;

/**
 * AES-256-GCM with a 96-bit random nonce per secret. Stored form: {@code zen:v1:<key id>:<base64 of nonce and
 * ciphertext with its tag>}; the key id (the first 4 bytes of the key's SHA-256) tells a value sealed with another
 * key from one that was altered, so the error says which. GCM authenticates: an altered value fails to open rather
 * than opening to garbage. Thread-safe.
 */
public final class AesGcmSecretBox implements SecretBox {

    static final String PREFIX = "zen:v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    /** {@code key}: 32 bytes. */
    public AesGcmSecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the master key must be 32 bytes (256 bits), not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.keyId = HexFormat.of().formatHex(sha256(key), 0, 4);
    }

    /** A key from its Base64 text, as {@code ZEN_MASTER_KEY} gives it. */
    public static AesGcmSecretBox fromBase64(String base64) {
        try {
            return new AesGcmSecretBox(Base64.getDecoder().decode(base64.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the master key must be 32 bytes in Base64 (openssl rand -base64 32): "
                    + e.getMessage(), e);
        }
    }

    /** A new random key, in the Base64 text {@link #fromBase64} reads. */
    public static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public String seal(String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + keyId + ":" + Base64.getEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    @Override
    public String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        String rest = stored.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        if (colon < 0) {
            throw new IllegalStateException("a sealed secret without its key id");
        }
        if (!rest.substring(0, colon).equals(keyId)) {
            throw new IllegalStateException("a secret sealed with another master key (key id " + rest.substring(0, colon)
                    + ", this one is " + keyId + "): set ZEN_MASTER_KEY to the key it was sealed with");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(rest.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a sealed secret that does not open: it was altered", e);
        }
    }

    private static byte[] sha256(byte[] key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
