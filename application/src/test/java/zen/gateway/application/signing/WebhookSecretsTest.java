package zen.gateway.application.signing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookSecretsTest {

    @Test
    void aNewSigningSecretIsWhsecWithA32ByteKey() {
        String secret = WebhookSecrets.newSigningSecret();

        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSecrets.isSigningSecret(secret)).isTrue();
    }

    @Test
    void aSigningSecretCanHaveA24ByteKeyAndNothingShorter() {
        assertThat(Base64.getDecoder().decode(WebhookSecrets.newSigningSecret(24).substring(6))).hasSize(24);
        assertThatThrownBy(() -> WebhookSecrets.newSigningSecret(16)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSecrets.newSigningSecret(65)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewSigningSecretSignsAndDiffersEachTime() {
        String first = WebhookSecrets.newSigningSecret();
        String second = WebhookSecrets.newSigningSecret();
        byte[] body = "{}".getBytes(UTF_8);

        assertThat(first).isNotEqualTo(second);
        assertThat(WebhookSignatures.standard(first, "msg_1", 1, body))
                .startsWith("v1,")
                .isNotEqualTo(WebhookSignatures.standard(second, "msg_1", 1, body));
    }

    @Test
    void aNewSharedSecretIs64LowerCaseHexCharactersAndUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = WebhookSecrets.newSharedSecret();
            assertThat(secret).matches("[0-9a-f]{64}");
            seen.add(secret);
        }
        assertThat(seen).hasSize(100);
    }

    @Test
    void aLegacyHexSecretIsNotMistakenForASigningSecret() {
        assertThat(WebhookSecrets.isSigningSecret(WebhookSecrets.newSharedSecret())).isFalse();
        assertThat(WebhookSecrets.isSigningSecret(null)).isFalse();
        assertThat(WebhookSecrets.isSigningSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isTrue();
    }
}
