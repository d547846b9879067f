package zen.gateway.application.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static zen.gateway.application.verify.Requests.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zen.gateway.application.verify.Verification.Rejected;
import zen.gateway.application.verify.Verification.Unsigned;
import zen.gateway.application.verify.Verification.Verified;
import zen.gateway.domain.event.Bsp;

class WebhookVerifiersTest {

    private static final String BODY = "{\"app\":\"AcmeShopApp\"}";
    private static final IpAllowlistSettings GUPSHUP_NETWORK = new IpAllowlistSettings(List.of("198.51.100.0/24"), List.of());

    private static VerificationRequest gupshup(String peer, Map<String, String> headers) {
        return new VerificationRequest(Bsp.GUPSHUP, "POST", "https://gw.example.com/webhook/gupshup", headers,
                BODY.getBytes(StandardCharsets.UTF_8), Map.of(), peer, null);
    }

    @Test
    void everyConfiguredCheckMustPass() {
        WebhookVerifier verifier = WebhookVerifiers.forBsp(Bsp.GUPSHUP, VerifierSettings.none()
                .withSharedToken(SharedTokenSettings.of("tok"))
                .withIpAllowlist(GUPSHUP_NETWORK));
        assertThat(verifier.verify(gupshup("198.51.100.7", Map.of("Authorization", "tok"))))
                .isEqualTo(new Verified("shared token, IP allowlist"));
        assertThat(verifier.verify(gupshup("192.0.2.7", Map.of("Authorization", "tok")))).isInstanceOf(Rejected.class);
        assertThat(verifier.verify(gupshup("198.51.100.7", Map.of("Authorization", "nope")))).isInstanceOf(Rejected.class);
    }

    @Test
    void aPassingCheckIsNotWeakenedByOneWithNothingConfigured() {
        WebhookVerifier verifier = WebhookVerifiers.forBsp(Bsp.AISENSY,
                VerifierSettings.none().withSharedToken(SharedTokenSettings.of("aisensy-url-token")));
        Verification result = verifier.verify(post(Bsp.AISENSY, "https://gw.example.com/webhook/aisensy?token=aisensy-url-token",
                Map.of(), BODY));
        assertThat(result).isEqualTo(new Verified("shared token"));
    }

    @Test
    void nothingConfiguredIsUnsignedAndAccepted() {
        Verification result = WebhookVerifiers.forBsp(Bsp.DATAGEN, VerifierSettings.none())
                .verify(post(Bsp.DATAGEN, "https://gw.example.com/webhook/datagen", Map.of(), BODY));
        assertThat(result).isEqualTo(new Unsigned("no verification configured for datagen"));
        assertThat(result.accepted()).isTrue();
        assertThat(new Rejected("x").accepted()).isFalse();
    }

    @Test
    void sourcesThatDoNotSignCannotBeGivenASigningSecret() {
        for (Bsp bsp : List.of(Bsp.DATAGEN, Bsp.KARIX, Bsp.GUPSHUP)) {
            assertThatThrownBy(() -> WebhookVerifiers.forBsp(bsp, VerifierSettings.signedWith("s")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not sign");
        }
    }

    @Test
    void oneVerifierForAllSourcesChoosesByTheRequestsBsp() {
        WebhookVerifier all = WebhookVerifiers.byBsp(Map.of(
                Bsp.META, VerifierSettings.signedWith("app-secret"),
                Bsp.GUPSHUP, VerifierSettings.none().withSharedToken(SharedTokenSettings.of("tok"))), Set.of(Bsp.TWILIO));
        String signature = "sha256=" + ReferenceHmac.sha256Hex("app-secret", BODY.getBytes(StandardCharsets.UTF_8));
        assertThat(all.verify(post(Bsp.META, "https://gw.example.com/webhook/meta", Map.of("X-Hub-Signature-256", signature), BODY)))
                .isInstanceOf(Verified.class);
        assertThat(all.verify(gupshup("192.0.2.1", Map.of()))).isInstanceOf(Rejected.class);
        assertThat(all.verify(post(Bsp.TWILIO, "https://gw.example.com/webhook/twilio", Map.of(), BODY)))
                .isEqualTo(new Unsigned("no verification configured for twilio"));
    }

    @Test
    void aSourceWithNothingConfiguredIsRefusedNamingTheSettingUnlessAllowedOnPurpose() {
        WebhookVerifier strict = WebhookVerifiers.byBsp(Map.of(Bsp.META, VerifierSettings.none()), Set.of());
        WebhookVerifier allowing = WebhookVerifiers.byBsp(Map.of(), Set.of(Bsp.DATAGEN));

        assertThat(strict.verify(post(Bsp.DATAGEN, "https://gw.example.com/webhook/datagen", Map.of(), BODY)))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.reason()).contains(
                        "webhooks.sources.datagen.sharedTokens", "webhooks.allowUnverified", "ZEN_WEBHOOKS_ALLOW_UNVERIFIED"));
        assertThat(strict.verify(post(Bsp.META, "https://gw.example.com/webhook/meta", Map.of(), BODY)))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.reason()).contains("ZEN_META_APP_SECRET"));
        assertThat(allowing.verify(post(Bsp.DATAGEN, "https://gw.example.com/webhook/datagen", Map.of(), BODY)))
                .isInstanceOf(Unsigned.class);
        assertThat(allowing.verify(post(Bsp.KARIX, "https://gw.example.com/webhook/karix", Map.of(), BODY)))
                .isInstanceOf(Rejected.class);
    }

    @Test
    void theAllowanceNeverWeakensAConfiguredCheck() {
        WebhookVerifier verifier = WebhookVerifiers.byBsp(Map.of(Bsp.DATAGEN,
                VerifierSettings.none().withSharedToken(SharedTokenSettings.of("tok"))), Set.of(Bsp.DATAGEN));
        assertThat(verifier.verify(post(Bsp.DATAGEN, "https://gw.example.com/webhook/datagen?token=wrong", Map.of(), BODY)))
                .isInstanceOf(Rejected.class);
    }

    @Test
    void aThreeSixtyDialogRouteUsesMetaWithOnlyItsCustomHeaderToken() {
        WebhookVerifier dialog = WebhookVerifiers.forBsp(Bsp.META, VerifierSettings.none()
                .withSharedToken(new SharedTokenSettings(List.of("d360-shared"), "Authorization", null)));
        assertThat(dialog.verify(post(Bsp.META, "https://gw.example.com/webhook/360dialog",
                Map.of("Authorization", "Bearer d360-shared"), BODY))).isEqualTo(new Verified("shared token"));
    }

    @Test
    void headerNamesAreLowerCasedInTheRequest() {
        VerificationRequest request = post(Bsp.META, "https://gw.example.com/", Map.of("X-Hub-Signature-256", "v"), BODY);
        assertThat(request.headers()).containsOnlyKeys("x-hub-signature-256");
        assertThat(request.header("X-HUB-signature-256")).isEqualTo("v");
    }
}
