package zen.gateway.application.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.verify.Requests.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zen.gateway.application.verify.Verification.Rejected;
import zen.gateway.application.verify.Verification.Unsigned;
import zen.gateway.application.verify.Verification.Verified;
import zen.gateway.domain.event.Bsp;

class HexHmacSignatureVerifierTest {

    private static final String URL = "https://gw.example.com/webhook/meta";
    private static final String BODY = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[]}]}";
    private static final String APP_SECRET = "meta-app-secret-0001";

    private final WebhookVerifier meta = WebhookVerifiers.forBsp(Bsp.META, VerifierSettings.signedWith(APP_SECRET));
    private final WebhookVerifier aiSensy = WebhookVerifiers.forBsp(Bsp.AISENSY, VerifierSettings.signedWith("aisensy-secret"));

    private static Verification verify(WebhookVerifier verifier, Bsp bsp, String header, String value, String body) {
        return verifier.verify(post(bsp, URL, Map.of(header, value), body));
    }

    @Test
    void metasPublishedVectorVerifies() {
        WebhookVerifier verifier = WebhookVerifiers.forBsp(Bsp.META, VerifierSettings.signedWith("secret"));
        String signature = "sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914";
        assertThat(signature).isEqualTo("sha256=" + ReferenceHmac.sha256Hex("secret", "test".getBytes(StandardCharsets.UTF_8)));
        assertThat(verify(verifier, Bsp.META, "X-Hub-Signature-256", signature, "test")).isInstanceOf(Verified.class);
    }

    @Test
    void aBodySignedWithTheAppSecretVerifies() {
        String signature = "sha256=" + ReferenceHmac.sha256Hex(APP_SECRET, BODY.getBytes(StandardCharsets.UTF_8));
        assertThat(verify(meta, Bsp.META, "x-hub-signature-256", signature, BODY))
                .isEqualTo(new Verified("X-Hub-Signature-256"));
    }

    @Test
    void upperCaseHexAndHeaderNamesInAnyCaseVerify() {
        String signature = "sha256=" + ReferenceHmac.sha256Hex(APP_SECRET, BODY.getBytes(StandardCharsets.UTF_8)).toUpperCase(Locale.ROOT);
        assertThat(verify(meta, Bsp.META, "X-HUB-SIGNATURE-256", signature, BODY)).isInstanceOf(Verified.class);
    }

    @Test
    void theRawBytesAreSignedNotAReserialisation() {
        // Meta signs the escaped form it sends; the same JSON with the character unescaped is another body
        String escaped = "{\"text\":\"\\u00e4\"}";
        String signature = "sha256=" + ReferenceHmac.sha256Hex(APP_SECRET, escaped.getBytes(StandardCharsets.UTF_8));
        assertThat(verify(meta, Bsp.META, "X-Hub-Signature-256", signature, escaped)).isInstanceOf(Verified.class);
        assertThat(verify(meta, Bsp.META, "X-Hub-Signature-256", signature, "{\"text\":\"ä\"}")).isInstanceOf(Rejected.class);
    }

    @Test
    void aTamperedBodyOrAnotherSecretIsRejected() {
        String signature = "sha256=" + ReferenceHmac.sha256Hex(APP_SECRET, BODY.getBytes(StandardCharsets.UTF_8));
        assertThat(verify(meta, Bsp.META, "X-Hub-Signature-256", signature, BODY + " ")).isEqualTo(
                new Rejected("X-Hub-Signature-256 does not match the body"));
        String otherSecret = "sha256=" + ReferenceHmac.sha256Hex("another-secret", BODY.getBytes(StandardCharsets.UTF_8));
        assertThat(verify(meta, Bsp.META, "X-Hub-Signature-256", otherSecret, BODY)).isInstanceOf(Rejected.class);
    }

    @Test
    void duringARotationEitherSecretVerifies() {
        WebhookVerifier rotating = WebhookVerifiers.forBsp(Bsp.META, VerifierSettings.signedWith("old-secret", APP_SECRET));
        String signature = "sha256=" + ReferenceHmac.sha256Hex(APP_SECRET, BODY.getBytes(StandardCharsets.UTF_8));
        assertThat(verify(rotating, Bsp.META, "X-Hub-Signature-256", signature, BODY)).isInstanceOf(Verified.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sha256=", "sha256=zz", "sha256=abcd", "sha1=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914",
            "0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914"})
    void malformedMetaSignaturesAreRejected(String header) {
        assertThat(verify(meta, Bsp.META, "X-Hub-Signature-256", header, BODY)).isInstanceOf(Rejected.class);
    }

    @Test
    void aMissingSignatureIsRejected() {
        assertThat(meta.verify(post(Bsp.META, URL, Map.of(), BODY))).isEqualTo(new Rejected("missing X-Hub-Signature-256"));
    }

    @Test
    void withoutASecretNothingIsCheckedAndTheWarningSaysSo() {
        WebhookVerifier unsigned = WebhookVerifiers.forBsp(Bsp.META, VerifierSettings.signedWith(" "));
        Verification result = unsigned.verify(post(Bsp.META, URL, Map.of(), BODY));
        assertThat(result).isEqualTo(new Unsigned("no signing secret configured for meta: X-Hub-Signature-256 not checked"));
        assertThat(result.accepted()).isTrue();
    }

    @Test
    void aiSensyAcceptsHexWithOrWithoutThePrefixInAnyCase() {
        byte[] body = "{\"id\":\"65f0c0ffee0000000000a001\",\"topic\":\"message.status.updated\"}".getBytes(StandardCharsets.UTF_8);
        String hex = ReferenceHmac.sha256Hex("aisensy-secret", body);
        String text = new String(body, StandardCharsets.UTF_8);
        for (String header : new String[] {hex, hex.toUpperCase(Locale.ROOT), "sha256=" + hex, "SHA256=" + hex.toUpperCase(Locale.ROOT)}) {
            assertThat(verify(aiSensy, Bsp.AISENSY, "X-AiSensy-Signature", header, text))
                    .isEqualTo(new Verified("X-AiSensy-Signature"));
        }
        assertThat(verify(aiSensy, Bsp.AISENSY, "X-AiSensy-Signature", hex, text + "\n")).isInstanceOf(Rejected.class);
        assertThat(verify(aiSensy, Bsp.AISENSY, "X-Hub-Signature-256", "sha256=" + hex, text)).isInstanceOf(Rejected.class);
    }
}
