package zen.gateway.application.signing;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and reads endpoint secrets: the Standard Webhooks signing secret ({@code whsec_} + base64 key) and
 * the legacy shared secret (random hex). Thread-safe.
 */
public final class WebhookSecrets {

    public static final String SIGNING_SECRET_PREFIX = "whsec_";

    /** The spec asks for 24 to 64 random bytes; 32 matches the HMAC-SHA256 block strength. */
    static final int DEFAULT_KEY_BYTES = 32;
    static final int MIN_KEY_BYTES = 24;
    static final int MAX_KEY_BYTES = 64;
    private static final int SHARED_SECRET_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {}

    /** A new Standard Webhooks secret with a 32-byte key. */
    public static String newSigningSecret() {
        return newSigningSecret(DEFAULT_KEY_BYTES);
    }

    /** A new Standard Webhooks secret with a key of {@code keyBytes} (24 to 64) random bytes. */
    public static String newSigningSecret(int keyBytes) {
        if (keyBytes < MIN_KEY_BYTES || keyBytes > MAX_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "a signing key has " + MIN_KEY_BYTES + " to " + MAX_KEY_BYTES + " bytes, not " + keyBytes);
        }
        return SIGNING_SECRET_PREFIX + Base64.getEncoder().encodeToString(randomBytes(keyBytes));
    }

    /** A new legacy shared secret: 64 lower-case hex characters (32 random bytes). */
    public static String newSharedSecret() {
        return HexFormat.of().formatHex(randomBytes(SHARED_SECRET_BYTES));
    }

    /** Whether {@code secret} has the Standard Webhooks form, {@code whsec_} followed by a base64 key. */
    public static boolean isSigningSecret(String secret) {
        try {
            signingKey(secret);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Whether a customer may configure {@code secret}: the Standard Webhooks form with a key of 24 to 64 bytes, as the
     * specification asks. Secrets stored before this rule keep signing ({@link #isSigningSecret}).
     */
    public static boolean isConfigurableSigningSecret(String secret) {
        try {
            int bytes = signingKey(secret).length;
            return bytes >= MIN_KEY_BYTES && bytes <= MAX_KEY_BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The HMAC key of a {@code whsec_} secret. The prefix is required, unlike in some reference libraries: a
     * legacy hex secret is valid base64 too, and silently using it as a key would sign with the wrong bytes.
     */
    static byte[] signingKey(String signingSecret) {
        if (signingSecret == null || !signingSecret.startsWith(SIGNING_SECRET_PREFIX)) {
            throw new IllegalArgumentException("a signing secret starts with " + SIGNING_SECRET_PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(signingSecret.substring(SIGNING_SECRET_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a signing secret's key is not base64", e);
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("a signing secret's key cannot be empty");
        }
        return key;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
