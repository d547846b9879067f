package zen.gateway.application.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static zen.gateway.application.verify.Requests.post;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zen.gateway.application.verify.Verification.Rejected;
import zen.gateway.application.verify.Verification.Unsigned;
import zen.gateway.application.verify.Verification.Verified;
import zen.gateway.domain.event.Bsp;

class SharedTokenVerifierTest {

    private static final String URL = "https://gw.example.com/webhook/datagen";
    private final WebhookVerifier datagen = WebhookVerifiers.forBsp(Bsp.DATAGEN,
            VerifierSettings.none().withSharedToken(SharedTokenSettings.of("t0k3n-datagen")));

    @Test
    void theTokenInTheAuthorizationHeaderAsIsOrAsBearerVerifies() {
        assertThat(datagen.verify(post(Bsp.DATAGEN, URL, Map.of("Authorization", "t0k3n-datagen"), "{}")))
                .isEqualTo(new Verified("shared token"));
        assertThat(datagen.verify(post(Bsp.DATAGEN, URL, Map.of("Authorization", "Bearer t0k3n-datagen"), "{}")))
                .isInstanceOf(Verified.class);
        assertThat(datagen.verify(post(Bsp.DATAGEN, URL, Map.of("authorization", "bearer  t0k3n-datagen "), "{}")))
                .isInstanceOf(Verified.class);
    }

    @Test
    void theTokenInTheQueryVerifies() {
        assertThat(datagen.verify(post(Bsp.DATAGEN, URL + "?token=t0k3n-datagen", Map.of(), "{}"))).isInstanceOf(Verified.class);
        assertThat(datagen.verify(post(Bsp.DATAGEN, URL + "?a=1&token=t0k3n%2Ddatagen", Map.of(), "{}"))).isInstanceOf(Verified.class);
    }

    @Test
    void aWrongOrMissingTokenIsRejected() {
        assertThat(datagen.verify(post(Bsp.DATAGEN, URL + "?token=t0k3n-datagen2", Map.of(), "{}")))
                .isEqualTo(new Rejected("the token in header authorization or ?token= does not match"));
        assertThat(datagen.verify(post(Bsp.DATAGEN, URL + "?token=", Map.of(), "{}")))
                .isEqualTo(new Rejected("no token in header authorization or ?token="));
        assertThat(datagen.verify(post(Bsp.DATAGEN, URL + "?token=%zz", Map.of(), "{}"))).isInstanceOf(Rejected.class);
        assertThat(datagen.verify(post(Bsp.DATAGEN, URL, Map.of("Authorization", "Bearer"), "{}"))).isInstanceOf(Rejected.class);
    }

    @Test
    void aCustomHeaderOnlyIgnoresTheQuery() {
        WebhookVerifier gupshup = WebhookVerifiers.forBsp(Bsp.GUPSHUP, VerifierSettings.none()
                .withSharedToken(new SharedTokenSettings(List.of("old", "new"), "X-Gupshup-Token", null)));
        assertThat(gupshup.verify(post(Bsp.GUPSHUP, URL, Map.of("x-gupshup-token", "new"), "{}"))).isInstanceOf(Verified.class);
        assertThat(gupshup.verify(post(Bsp.GUPSHUP, URL + "?token=new", Map.of(), "{}")))
                .isEqualTo(new Rejected("no token in header x-gupshup-token"));
    }

    @Test
    void noTokensConfiguredMeansUnsigned() {
        WebhookVerifier unsigned = WebhookVerifiers.forBsp(Bsp.KARIX,
                VerifierSettings.none().withSharedToken(SharedTokenSettings.of("", " ")));
        assertThat(unsigned.verify(post(Bsp.KARIX, URL, Map.of(), "{}")))
                .isEqualTo(new Unsigned("no shared token configured for karix"));
    }

    @Test
    void aTokenNeedsSomewhereToArrive() {
        assertThatThrownBy(() -> new SharedTokenSettings(List.of("t"), null, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsNeverPrintTheirSecrets() {
        VerifierSettings settings = VerifierSettings.signedWith("s3cr3t-app").withSharedToken(SharedTokenSettings.of("t0k3n"));
        assertThat(settings.toString()).doesNotContain("s3cr3t-app").doesNotContain("t0k3n");
    }
}
