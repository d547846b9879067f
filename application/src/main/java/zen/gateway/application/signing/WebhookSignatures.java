package zen.gateway.application.signing;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes the signature headers of one outbound webhook. Both schemes are HMAC-SHA256 over the exact body
 * bytes sent, so the body must not be re-serialized after signing. Stateless and thread-safe.
 *
 * <ul>
 *   <li>Legacy: {@value #LEGACY_SIGNATURE_HEADER} is the lower-case hex HMAC of the body, keyed with the UTF-8
 *       bytes of the endpoint's shared secret.</li>
 *   <li>Standard Webhooks (standardwebhooks.com): {@value #SIGNATURE_HEADER} is {@code v1,} followed by the
 *       base64 HMAC of {@code <webhook-id>.<webhook-timestamp>.<body>}, keyed with the base64-decoded part of a
 *       {@code whsec_} secret; the timestamp is in epoch seconds.</li>
 * </ul>
 */
public final class WebhookSignatures {

    public static final String LEGACY_SIGNATURE_HEADER = "X-Webhook-Signature";
    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";

    private static final String ALGORITHM = "HmacSHA256";
    private static final String SYMMETRIC_VERSION = "v1";

    private WebhookSignatures() {}

    /** The {@value #LEGACY_SIGNATURE_HEADER} value for {@code body}. */
    public static String legacy(String sharedSecret, byte[] body) {
        Objects.requireNonNull(sharedSecret, "sharedSecret");
        Objects.requireNonNull(body, "body");
        if (sharedSecret.isEmpty()) {
            // An empty key still yields a valid-looking HMAC that anyone can forge.
            throw new IllegalArgumentException("a shared secret cannot be empty");
        }
        return HexFormat.of().formatHex(hmac(sharedSecret.getBytes(StandardCharsets.UTF_8), body));
    }

    /**
     * The {@value #SIGNATURE_HEADER} value for one attempt. {@code webhookId} stays the same across retries of
     * an event; it must not contain a full stop, which would make the signed content ambiguous (the spec's own
     * warning), so derive it from a hash rather than from a BSP id such as a {@code wamid.…}.
     */
    public static String standard(String signingSecret, String webhookId, long epochSeconds, byte[] body) {
        Objects.requireNonNull(body, "body");
        requireUsableId(webhookId);
        byte[] key = WebhookSecrets.signingKey(signingSecret);
        byte[] prefix = (webhookId + "." + epochSeconds + ".").getBytes(StandardCharsets.UTF_8);
        return SYMMETRIC_VERSION + "," + Base64.getEncoder().encodeToString(hmac(key, prefix, body));
    }

    /** The three Standard Webhooks headers for one attempt made at {@code timestamp}. */
    public static Map<String, String> standardHeaders(
            String signingSecret, String webhookId, Instant timestamp, byte[] body) {
        long epochSeconds = timestamp.getEpochSecond();
        return Map.of(
                ID_HEADER, webhookId,
                TIMESTAMP_HEADER, Long.toString(epochSeconds),
                SIGNATURE_HEADER, standard(signingSecret, webhookId, epochSeconds, body));
    }

    private static void requireUsableId(String webhookId) {
        if (webhookId == null || webhookId.isBlank()) {
            throw new IllegalArgumentException("a webhook id cannot be blank");
        }
        if (webhookId.indexOf('.') >= 0) {
            throw new IllegalArgumentException("a webhook id cannot contain '.': " + webhookId);
        }
    }

    private static byte[] hmac(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK supports " + ALGORITHM + " with a non-empty key", e);
        }
    }
}
