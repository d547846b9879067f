package zen.gateway.application.signing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {

    // Published by Standard Webhooks (spec repository test suites); also recomputed below by an independent HMAC.
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330L;
    private static final byte[] SPEC_BODY = "{\"test\": 2432232314}".getBytes(UTF_8);
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void reproducesTheStandardWebhooksTestVector() {
        assertThat(WebhookSignatures.standard(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY))
                .isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void theStandardWebhooksVectorAgreesWithAnIndependentHmac() {
        byte[] key = Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        byte[] signed = (SPEC_ID + "." + SPEC_TIMESTAMP + ".{\"test\": 2432232314}").getBytes(UTF_8);

        assertThat("v1," + Base64.getEncoder().encodeToString(Rfc2104.hmacSha256(key, signed)))
                .isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void standardHeadersCarryIdTimestampInSecondsAndSignature() {
        var headers = WebhookSignatures.standardHeaders(
                SPEC_SECRET, SPEC_ID, Instant.ofEpochSecond(SPEC_TIMESTAMP, 999_000_000), SPEC_BODY);

        assertThat(headers)
                .containsEntry("webhook-id", SPEC_ID)
                .containsEntry("webhook-timestamp", "1614265330")
                .containsEntry("webhook-signature", SPEC_SIGNATURE)
                .hasSize(3);
    }

    @Test
    void everySignedPartChangesTheStandardSignature() {
        assertThat(WebhookSignatures.standard(SPEC_SECRET, SPEC_ID + "x", SPEC_TIMESTAMP, SPEC_BODY))
                .isNotEqualTo(SPEC_SIGNATURE);
        assertThat(WebhookSignatures.standard(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP + 1, SPEC_BODY))
                .isNotEqualTo(SPEC_SIGNATURE);
        assertThat(WebhookSignatures.standard(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, "{\"test\":2432232314}".getBytes(UTF_8)))
                .isNotEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void legacySignatureMatchesRfc4231TestCase2() {
        // RFC 4231, 4.3: key "Jefe", data "what do ya want for nothing?".
        assertThat(WebhookSignatures.legacy("Jefe", "what do ya want for nothing?".getBytes(UTF_8)))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void legacySignatureIsLowerCaseHexOfTheExactBodyAndAgreesWithAnIndependentHmac() {
        String secret = "s3cr\u00e9t-\u20ac";
        byte[] body = "{\"event_type\":\"datagen.delivery\",\"text\":\"na\u00efve \ud83d\ude00\"}".getBytes(UTF_8);

        String signature = WebhookSignatures.legacy(secret, body);

        assertThat(signature)
                .matches("[0-9a-f]{64}")
                .isEqualTo(HexFormat.of().formatHex(Rfc2104.hmacSha256(secret.getBytes(UTF_8), body)));
    }

    @Test
    void refusesIdsThatWouldMakeTheSignedContentAmbiguous() {
        assertThatThrownBy(() -> WebhookSignatures.standard(SPEC_SECRET, "wamid.HBgM", SPEC_TIMESTAMP, SPEC_BODY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSignatures.standard(SPEC_SECRET, " ", SPEC_TIMESTAMP, SPEC_BODY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesSecretsThatAreNotWhsecOrAreEmpty() {
        assertThatThrownBy(() -> WebhookSignatures.standard("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", SPEC_ID, 1, SPEC_BODY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSignatures.standard("whsec_", SPEC_ID, 1, SPEC_BODY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSignatures.standard("whsec_not base64!", SPEC_ID, 1, SPEC_BODY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSignatures.legacy("", SPEC_BODY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** HMAC written out from RFC 2104 over a plain digest, so the tests do not check javax.crypto.Mac against itself. */
    static final class Rfc2104 {
        private static final int BLOCK = 64;

        static byte[] hmacSha256(byte[] key, byte[] message) {
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                byte[] block = Arrays.copyOf(key.length > BLOCK ? sha256.digest(key) : key, BLOCK);
                byte[] inner = new byte[BLOCK];
                byte[] outer = new byte[BLOCK];
                for (int i = 0; i < BLOCK; i++) {
                    inner[i] = (byte) (block[i] ^ 0x36);
                    outer[i] = (byte) (block[i] ^ 0x5c);
                }
                sha256.update(inner);
                byte[] innerHash = sha256.digest(message);
                sha256.update(outer);
                return sha256.digest(innerHash);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }
}
